package dev.fmnist.data.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    @Test
    void namesAndAliases() {
        assertEquals(List.of("fashion", "mnist", "kmnist"), Datasets.names());
        assertSame(Datasets.FASHION, Datasets.get("Fashion-MNIST"));
        assertSame(Datasets.KMNIST, Datasets.get("kuzushiji_mnist"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.get("cifar"));
        assertTrue(e.getMessage().contains("unknown dataset 'cifar'") && e.getMessage().contains("fashion, mnist, kmnist"),
                e.getMessage());
    }

    @Test
    void fullySupportedAreThoseWithPayloadChecksums() {
        assertEquals(List.of(Datasets.FASHION, Datasets.MNIST), Datasets.fullySupported());
    }

    @Test
    void fashionLabelNamesAndFiles() {
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                "Ankle boot"), Datasets.FASHION.labelNames());
        assertEquals(List.of("train-images-idx3-ubyte.gz", "train-images-idx3-ubyte", "train-images.idx3-ubyte.gz",
                "train-images.idx3-ubyte"), FileRole.TRAIN_IMAGES.acceptedNames());
        for (DatasetSpec spec : Datasets.all()) {
            assertEquals(4, spec.files().size(), spec.name());
            spec.mirrors().forEach(m -> assertTrue(m.toString().endsWith("/"), m.toString()));
        }
    }
}
