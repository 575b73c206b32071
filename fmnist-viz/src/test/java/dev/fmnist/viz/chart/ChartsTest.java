package dev.fmnist.viz.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Image;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart is written as a PNG, decoded back and checked: its size, that it is drawn, its legend's colours. */
class ChartsTest {
    private static final List<String> LABELS = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    @TempDir
    Path dir;

    /** Writes the picture as a PNG file and reads it back. */
    private BufferedImage roundTrip(BufferedImage picture) throws IOException {
        Path file = dir.resolve("chart.png");
        ChartImages.write(picture, file);
        BufferedImage read = ImageIO.read(file.toFile());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
        }
        return read;
    }

    private static int pixels(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void assertDrawn(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a drawn chart, not a blank picture: " + colours.size() + " colours");
    }

    private static Confusion confusion() {
        Random random = new Random(1);
        int[][] counts = new int[10][10];
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                counts[t][p] = t == p ? 800 + random.nextInt(150) : random.nextInt(40);
            }
        }
        counts[1] = new int[] {0, 1000, 0, 0, 0, 0, 0, 0, 0, 0};
        return new Confusion("SVC on Fashion-MNIST test", LABELS, counts);
    }

    @Test
    void theConfusionMatrixHasItsThreePanelsAndColours() throws IOException {
        BufferedImage image = roundTrip(ConfusionChart.draw(confusion()));
        assertEquals(3 * ConfusionChart.PANEL_WIDTH, image.getWidth());
        assertEquals(ChartImages.HEADING_HEIGHT + ConfusionChart.PANEL_HEIGHT, image.getHeight());
        assertDrawn(image);
        assertTrue(pixels(image, ConfusionChart.BARS) > 10_000, "the per-class accuracy bars");
        assertTrue(pixels(image, ConfusionChart.HIGH) > 1_000, "the Trouser cell, all its images right, and the "
                + "top of the colour scale");
    }

    @Test
    void aConfusionMatrixCountsSharesAndTheMostConfusedPairs() {
        Confusion m = Confusion.of("t", List.of("a", "b", "c"), new int[] {0, 0, 0, 1, 1, 2, 2, 2},
                new int[] {0, 1, 1, 1, 0, 2, 0, 0});
        assertEquals(8, m.total());
        assertEquals(3.0 / 8, m.accuracy(), 1e-12);
        assertEquals(2.0 / 3, m.share(0, 1), 1e-12);
        assertEquals(List.of(new Confusion.Pair("a", "b", 2), new Confusion.Pair("c", "a", 2),
                new Confusion.Pair("b", "a", 1)), m.mostConfused(3));
        assertThrows(IllegalArgumentException.class, () -> new Confusion("t", List.of("a"), new int[][] {{1, 2}}));
    }

    private static List<ParetoPanel> panels() {
        Random random = new Random(2);
        List<String> families = List.of("SVC", "GaussianNB", "KNeighborsClassifier");
        List<ParetoPanel> panels = new ArrayList<>();
        for (String dataset : List.of("Fashion-MNIST", "MNIST")) {
            List<ParetoPanel.Point> points = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                points.add(new ParetoPanel.Point(families.get(i % 3), Math.pow(10, 4 * random.nextDouble() - 1),
                        0.5 + 0.4 * random.nextDouble()));
            }
            points.add(new ParetoPanel.Point("SVC", 0, 0.7));
            panels.add(new ParetoPanel(dataset, points, List.of(new ParetoPanel.Point("SVC", 100, 0.897))));
        }
        return panels;
    }

    @Test
    void theParetoChartHasAPanelPerDatasetAndAColourPerFamily() throws IOException {
        List<ParetoPanel> panels = panels();
        BufferedImage image = roundTrip(ParetoChart.draw("quick grid", panels));
        assertEquals(2 * ParetoChart.PANEL_WIDTH, image.getWidth());
        assertEquals(ChartImages.HEADING_HEIGHT + ParetoChart.PANEL_HEIGHT, image.getHeight());
        assertDrawn(image);
        List<String> families = ParetoChart.families(panels);
        assertEquals(List.of("GaussianNB", "KNeighborsClassifier", "SVC"), families);
        for (int f = 0; f < families.size(); f++) {
            assertTrue(pixels(image, Palette.colour(f)) > 200, families.get(f) + "'s colour");
        }
        assertTrue(pixels(image, Palette.REFERENCE) > 50, "the front and the published diamonds");
    }

    @Test
    void theParetoFrontKeepsTheResultsNoneBeatsInBothTimeAndAccuracy() {
        ParetoPanel p = new ParetoPanel("d", List.of(new ParetoPanel.Point("a", 1, 0.5),
                new ParetoPanel.Point("b", 2, 0.4), new ParetoPanel.Point("c", 3, 0.8),
                new ParetoPanel.Point("d", 3, 0.6), new ParetoPanel.Point("e", 0.5, 0.3),
                new ParetoPanel.Point("f", 10, 0.8)), List.of());
        assertEquals(List.of("e", "a", "c"), p.front().stream().map(ParetoPanel.Point::family).toList());
    }

    private static TrainingCurves curves(boolean validation) {
        List<TrainingCurves.Epoch> epochs = new ArrayList<>();
        for (int e = 1; e <= 6; e++) {
            epochs.add(new TrainingCurves.Epoch(e, 50.0 * e, 0.6 / e + 0.2, validation ? 0.5 / e + 0.3 : Double.NaN,
                    0.9 - 0.1 / e, validation ? 0.88 - 0.1 / e : Double.NaN));
        }
        return new TrainingCurves("cnn on fashion", epochs);
    }

    @Test
    void learningCurvesShowTrainingBesideValidation() throws IOException {
        for (TrainingCurves.XAxis x : TrainingCurves.XAxis.values()) {
            BufferedImage image = roundTrip(HistoryChart.draw(curves(true), x));
            assertEquals(2 * HistoryChart.PANEL_WIDTH, image.getWidth());
            assertEquals(ChartImages.HEADING_HEIGHT + HistoryChart.PANEL_HEIGHT, image.getHeight());
            assertDrawn(image);
            assertTrue(pixels(image, HistoryChart.TRAINING) > 200, "training curves, " + x);
            assertTrue(pixels(image, HistoryChart.VALIDATION) > 200, "validation curves, " + x);
        }
    }

    @Test
    void aFigureNeverMeasuredIsLeftOut() throws IOException {
        BufferedImage image = roundTrip(HistoryChart.draw(curves(false), TrainingCurves.XAxis.EPOCHS));
        assertTrue(pixels(image, HistoryChart.TRAINING) > 200);
        assertEquals(0, pixels(image, HistoryChart.VALIDATION), "no validation curve, nor its legend entry");
    }

    @Test
    void theGalleryShowsTheImagesAndTheMostConfusedPairs() throws IOException {
        byte[] pixels = new byte[784];
        java.util.Arrays.fill(pixels, (byte) 0x7b);
        List<Mistakes.Item> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new Mistakes.Item(new Image(pixels, 0, 28, 28, 0), i, "Shirt", "T-shirt/top",
                    i % 2 == 0 ? 0.9 : Double.NaN));
        }
        Mistakes m = new Mistakes("cnn on Fashion-MNIST test", 812, items, confusion().mostConfused(5));
        BufferedImage image = roundTrip(MistakeGallery.draw(m));
        int cellHeight = 28 * MistakeGallery.SCALE + 3 * MistakeGallery.CAPTION_LINE + 10;
        assertEquals(MistakeGallery.COLUMNS * MistakeGallery.CELL_WIDTH, image.getWidth());
        assertEquals(ChartImages.HEADING_HEIGHT + 2 * cellHeight + MistakeGallery.CHART_HEIGHT, image.getHeight());
        assertDrawn(image);
        int side = 28 * MistakeGallery.SCALE;
        int tiles = pixels(image, new Color(0x7b7b7b));
        assertTrue(tiles >= 10 * side * side && tiles < 11 * side * side, "ten whole tiles: " + tiles);
        assertTrue(pixels(image, MistakeGallery.BARS) > 5_000, "the bars of the most confused pairs");
    }

    @Test
    void aGalleryWithoutPairsHasNoChart() {
        BufferedImage image = MistakeGallery.draw(new Mistakes("t", 0, List.of(), List.of()));
        assertEquals(MistakeGallery.MIN_WIDTH, image.getWidth());
        assertEquals(ChartImages.HEADING_HEIGHT, image.getHeight());
    }

    @Test
    void aPictureThatCannotBeWrittenLeavesNothingBehind() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a directory");
        assertThrows(IOException.class, () -> ChartImages.write(ConfusionChart.draw(confusion()),
                blocker.resolve("chart.png")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(blocker), files.toList());
        }
        assertFalse(Files.exists(blocker.resolve("chart.png")));
    }
}
