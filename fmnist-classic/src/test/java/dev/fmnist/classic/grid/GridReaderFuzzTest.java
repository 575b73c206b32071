package dev.fmnist.classic.grid;

import dev.fmnist.estimator.FamilyRegistry;
import dev.fmnist.data.testing.Fuzzing;
import dev.fmnist.data.testing.JsonMutations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fuzzes the grid reader: any text is a grid or a {@link GridException} naming the problem. */
class GridReaderFuzzTest {
    private static final List<String> SEEDS = JsonMutations.seeds(GridReaderFuzzTest.class, "fuzz", "small.json",
            "quick.json");
    private static final FamilyRegistry FAMILIES = FamilyRegistry.standard();

    @Test
    void anyTextIsAGridOrAGridException() {
        Fuzzing.check("grid files", 300, random -> {
            String text = JsonMutations.any(SEEDS, 3, random);
            try {
                GridReader.parse("fuzz.json", text, FAMILIES).configurations().forEach(Configuration::key);
            } catch (GridException expected) {
                // the reader's own error, naming the problem
            }
        });
    }
}
