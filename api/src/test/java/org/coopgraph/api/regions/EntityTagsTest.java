package org.coopgraph.api.regions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void shouldMatchIfNoneMatchAsRfc9110Says() {
        assertThat(EntityTags.matches("\"a-1\"", "\"a-1\"")).isTrue();
        assertThat(EntityTags.matches("W/\"a-1\"", "\"a-1\"")).isTrue();
        assertThat(EntityTags.matches("\"x\", \"a-1\"", "\"a-1\"")).isTrue();
        assertThat(EntityTags.matches("*", "\"a-1\"")).isTrue();
        assertThat(EntityTags.matches("\"a-2\"", "\"a-1\"")).isFalse();
        assertThat(EntityTags.matches("a-1", "\"a-1\"")).isFalse();
        assertThat(EntityTags.matches(" ", "\"a-1\"")).isFalse();
        assertThat(EntityTags.matches(null, "\"a-1\"")).isFalse();
    }

    @Test
    void shouldTagTheGzipBodyApartAndAcceptItOnRevalidation() {
        assertThat(EntityTags.gzip("\"ab12-7\"")).isEqualTo("\"ab12-7-gzip\"");
        assertThat(EntityTags.matches("\"ab12-7-gzip\"", "\"ab12-7\"")).isTrue();
        assertThat(EntityTags.matches("W/\"ab12-7-gzip\"", "\"ab12-7\"")).isTrue();
        assertThat(EntityTags.matches("\"ab12-8-gzip\"", "\"ab12-7\"")).isFalse();
    }
}
