package dev.fmnist.cli.commands;

import dev.fmnist.cli.DatasetConverter;
import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.SplitName;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.viz.TerminalRenderer;
import dev.fmnist.viz.TerminalStyle;
import dev.fmnist.viz.TextPicture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fmnist show}: draws images in the terminal with their label names. */
@Command(name = "show", sortOptions = false,
        description = {"Draw images in the terminal with their label names.",
                "Styles: ANSI grayscale half blocks (full resolution, on a terminal), Unicode shading (otherwise), "
                        + "or plain ASCII."},
        footer = {"", "Examples:", "  fmnist show fashion 0 1 2", "  fmnist show mnist --split test 0",
                "  fmnist show fashion --style ascii 42"})
public final class ShowCommand extends Verb {
    /** Columns assumed when the terminal's width is unknown. */
    private static final int DEFAULT_WIDTH = 80;
    private static final int GAP = 2;

    /** The style options, {@code auto} choosing by the output. */
    enum Style { AUTO, ANSI, SHADE, ASCII }

    @Parameters(index = "0", paramLabel = "DATASET", converter = DatasetConverter.class,
            description = "fashion, mnist or kmnist.")
    private DatasetSpec dataset;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INDEX", description = "Indexes of the images to draw.")
    private List<Integer> indexes;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "train",
            description = "train or test (default: ${DEFAULT-VALUE}).")
    private SplitName split;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "auto",
            description = "auto, ansi, shade or ascii (default: ${DEFAULT-VALUE}: ansi on a terminal, shade otherwise; "
                    + "NO_COLOR=1 turns ansi off).")
    private Style style;

    @Override
    public Integer call() throws IOException {
        Split s = split.of(load(dataset));
        for (int i : indexes) {
            if (i < 0 || i >= s.count()) {
                throw usageError("index " + i + " is outside the " + s.name() + " split, which holds images 0 to "
                        + (s.count() - 1));
            }
        }
        TerminalRenderer renderer = new TerminalRenderer(resolve(style));
        List<TextPicture> pictures = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i : indexes) {
            pictures.add(renderer.render(s.image(i)));
            String name = s.labelName(i);
            String label = String.valueOf(s.label(i));
            captions.add(i + ": " + name + (name.equals(label) ? "" : " (" + label + ")"));
        }
        out().println(dataset.title() + " " + s.name());
        for (String line : TerminalRenderer.sideBySide(pictures, captions, width(), GAP)) {
            out().println(line);
        }
        return ExitCode.OK;
    }

    private static TerminalStyle resolve(Style style) {
        switch (style) {
            case ANSI:
                return TerminalStyle.ANSI;
            case SHADE:
                return TerminalStyle.SHADE;
            case ASCII:
                return TerminalStyle.ASCII;
            default:
                boolean color = ConsoleProgress.isTerminal() && System.getenv("NO_COLOR") == null
                        && !"dumb".equals(System.getenv("TERM"));
                return color ? TerminalStyle.ANSI : TerminalStyle.SHADE;
        }
    }

    private static int width() {
        try {
            return Math.max(DatasetSpec.COLS, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "")));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
