package org.coopgraph.model;

import java.util.List;

/** A regional value chain: steps with distinct positions (HAS_STEP); {@link Canonical} orders them. */
public record ValueChain(String id, String name, List<ChainStep> steps) {

    public ValueChain {
        steps = Checks.listOrEmpty(steps);
        Checks checks = Checks.of("ValueChain").id("/id", id).text("/name", name, Checks.MAX_NAME_LENGTH)
                .noNullEntries("/steps", steps);
        if (!steps.contains(null)) {
            checks.noDuplicates("/steps", steps.stream().map(ChainStep::id).toList())
                  .noDuplicates("/steps", steps.stream().map(ChainStep::position).toList());
        }
        checks.orThrow();
    }
}
