package dev.fmnist.nn.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSpecTest {
    @Test
    void parsesMlpNamesWithSizesAndActivation() {
        ModelSpec s = ModelSpec.parse("mlp-100-10-tanh");
        assertEquals(List.of(100, 10), s.hidden());
        assertEquals(Activation.TANH, s.activation());
        assertEquals("mlp-100-10-tanh", s.toString());
        assertEquals("mlp-256-128-100-relu", ModelSpec.parse("mlp-256-128-100").toString());
        assertEquals(ModelSpec.DEFAULT, ModelSpec.parse("cnn"));
    }

    @Test
    void rejectsUnknownNamesWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("vgg"));
        assertTrue(e.getMessage().contains("tf-cnn"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("mlp"));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("mlp-x1"));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("mlp-10-sigmoid"));
    }
}
