package dev.fmnist.data.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fuzzing inputs for the JSON readers: seed texts changed by a few random edits, some that keep the text JSON
 * (a value replaced by a hostile one: null, an empty object, a huge or negative or infinite number, a control
 * character, a deep or long array; a field removed) and some that break it (characters deleted, inserted or
 * repeated). The edits come from a seeded {@link Random}, so its seed reproduces an input (see {@link Fuzzing}).
 */
public final class JsonMutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SYNTAX = "{}[],:\"0123456789-+.eE \\ntruefalsenull";

    private JsonMutations() {
    }

    /** One of the seeds after zero to {@code maxEdits} random edits. */
    public static String any(List<String> seeds, int maxEdits, Random random) {
        return mutate(seeds.get(random.nextInt(seeds.size())), random.nextInt(maxEdits + 1), random);
    }

    /** The seed texts of a test resource directory's files, one text per file. */
    public static List<String> seeds(Class<?> owner, String dir, String... names) {
        List<String> seeds = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = owner.getResourceAsStream(dir + "/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing seed " + dir + "/" + name);
                }
                seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** {@code seed} after {@code edits} random edits. */
    public static String mutate(String seed, int edits, Random random) {
        String text = seed;
        for (int i = 0; i < edits; i++) {
            text = random.nextInt(3) > 0 ? editValue(text, random) : editCharacters(text, random);
        }
        return text;
    }

    private static String editValue(String text, Random random) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return editCharacters(text, random);
        }
        if (root == null) {
            return editCharacters(text, random);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return hostile(random).toString();
        }
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        if (parent instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                o.remove(name);
            } else {
                o.set(name, hostile(random));
            }
        } else if (parent instanceof ArrayNode a && a.size() > 0) {
            int k = random.nextInt(a.size());
            if (random.nextInt(4) == 0) {
                a.remove(k);
            } else {
                a.set(k, hostile(random));
            }
        } else if (parent instanceof ArrayNode a) {
            a.add(hostile(random));
        }
        return root.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private static JsonNode hostile(Random random) {
        switch (random.nextInt(16)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.objectNode();
            case 2: return NODES.arrayNode();
            case 3: return NODES.numberNode(-1);
            case 4: return NODES.numberNode(0);
            case 5: return NODES.numberNode(Integer.MAX_VALUE);
            case 6: return NODES.numberNode(Long.MIN_VALUE);
            case 7: return NODES.numberNode(new BigDecimal("1e400"));
            case 8: return NODES.numberNode(new BigInteger("9".repeat(60)));
            case 9: return NODES.numberNode(random.nextGaussian() * 1e6);
            case 10: return NODES.textNode("\u001b[2J\u0007");
            case 11: return NODES.textNode("x".repeat(random.nextInt(100_000)));
            case 12: return NODES.textNode("(" + random.nextInt(1000) + ",1e400,)");
            case 13: {
                ArrayNode deep = NODES.arrayNode();
                ArrayNode inner = deep;
                for (int i = 0; i < 200; i++) {
                    inner = inner.addArray();
                }
                return deep;
            }
            case 14: {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 1000; i++) {
                    many.add(i);
                }
                return many;
            }
            default: return NODES.booleanNode(random.nextBoolean());
        }
    }

    private static String editCharacters(String text, Random random) {
        if (text.isEmpty()) {
            return String.valueOf(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
        }
        int at = random.nextInt(text.length());
        int length = 1 + random.nextInt(Math.min(8, text.length() - at));
        switch (random.nextInt(3)) {
            case 0:
                return text.substring(0, at) + text.substring(at + length);
            case 1:
                return text.substring(0, at) + SYNTAX.charAt(random.nextInt(SYNTAX.length())) + text.substring(at);
            default:
                return text.substring(0, at + length) + text.substring(at);
        }
    }
}
