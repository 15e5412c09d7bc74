package org.coopgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.HttpProbe.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.fixtures.SampleRegion;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two runs of the whole application on one data directory: what the first run wrote is there in the
 * second, and {@code --demo} imports the sample region on the first run only.
 */
class RestartTest {

    private static final String KEY = "restart-test-key";

    @Test
    void shouldKeepImportedDataAcrossARestartAndLoadTheDemoOnlyOnce() throws IOException {
        Path dataDir = Path.of("target/neo4j-restart-" + UUID.randomUUID());
        try {
            FirstRun before = firstRun(dataDir);
            try (var second = start(dataDir)) {
                RegionNetworks regions = second.getBean(RegionNetworks.class);
                NetworkSnapshot tinyAfter = regions.current("tiny");
                assertThat(tinyAfter.members()).isEqualTo(before.tiny().members());
                assertThat(tinyAfter.members()).extracting(m -> m.id()).containsExactly("m1", "m2");
                assertThat(tinyAfter.ties()).isEqualTo(before.tiny().ties()).hasSize(1);
                assertThat(tinyAfter.dataVersion()).isEqualTo(before.tiny().dataVersion());
                assertThat(regions.current(SampleRegion.ID).dataVersion()).as("demo not imported again")
                        .isEqualTo(before.demoVersion());
                var region = new HttpProbe(port(second)).get("/api/regions/tiny");
                assertThat(json(region).at("/counts/members").asInt()).isEqualTo(2);
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private record FirstRun(NetworkSnapshot tiny, long demoVersion) {
    }

    /** Imports the tiny region over HTTP next to the demo region, and stops the application. */
    private static FirstRun firstRun(Path dataDir) throws IOException {
        try (var first = start(dataDir)) {
            var imported = new HttpProbe(port(first)).postJson("/api/regions/tiny/import", HttpProbe.TINY_REGION, KEY);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            RegionNetworks regions = first.getBean(RegionNetworks.class);
            assertThat(regions.current(SampleRegion.ID).members()).hasSize(sampleMemberCount());
            return new FirstRun(regions.current("tiny"), regions.current(SampleRegion.ID).dataVersion());
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // As command-line arguments: they outrank application.yml (builder properties would not).
        return new SpringApplicationBuilder(CoopgraphApplication.class).run("--demo", "--server.port=0",
                "--coopgraph.neo4j.data-dir=" + dataDir, "--coopgraph.security.coordinator-key=" + KEY);
    }

    private static int sampleMemberCount() throws IOException {
        try (InputStream in = SampleRegion.openJson()) {
            return JsonMapper.builder().build().readTree(in).get("members").size();
        }
    }
}
