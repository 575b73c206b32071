package dev.fmnist.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files the driver ships, and an executor's load of them: each one hashed and checked against the driver's. */
class ExecutorDatasetsTest {
    @TempDir
    Path shipped;

    @Test
    void shippedFilesLoadAsTheDriversDatasetAndAChangedFileIsRefused() throws IOException {
        Dataset driver = SparkEngineTest.RealData.load(Datasets.FASHION);
        for (Path p : SparkEngine.staged("fashion", driver.provenance())) {
            // Spark ships a file under the name of its real path
            Files.copy(p, shipped.resolve(p.toRealPath().getFileName().toString()));
        }
        ShippedDataset d = ShippedDataset.of("fashion", driver.provenance());

        Dataset executor = ExecutorDatasets.load(d, shipped::resolve);
        assertEquals(60_000, executor.train().count());
        assertArrayEquals(driver.test().images(), executor.test().images());

        Map<FileRole, String> wrong = new EnumMap<>(d.sha256());
        wrong.put(FileRole.TEST_LABELS, "0".repeat(64));
        IOException e = assertThrows(IOException.class,
                () -> ExecutorDatasets.load(new ShippedDataset("fashion", d.fileNames(), wrong), shipped::resolve));
        assertTrue(e.getMessage().contains("differs from the driver's " + "0".repeat(64)), e.getMessage());
    }
}
