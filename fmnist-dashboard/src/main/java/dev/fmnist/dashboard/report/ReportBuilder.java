package dev.fmnist.dashboard.report;

import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.images.SpritePages;
import dev.fmnist.dashboard.model.DashboardModel;
import dev.fmnist.dashboard.web.WebAssets;
import dev.fmnist.data.Split;
import dev.fmnist.data.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code fmnist report}: the dashboard as one HTML file that opens from disk with no server and no network. The
 * style sheets and scripts are inlined in the manifest's order, the document is a
 * {@code <script type="application/json" id="fmnist-data">} block, each result's and network's details a block of
 * their own, {@code id="fmnist-details-ID"} (the page parses one only when it shows that entry in full, so opening
 * the report parses none of them), and the test images of every dataset shown are
 * sprite pages of 16 gray levels as data: URIs in a {@code fmnist-sprites} block
 * ({@code {"DATASET": {"test": [URI, ...]}}}).
 */
public final class ReportBuilder {
    private final DashboardModel model;
    private final DatasetCache images;
    private final WebAssets web;

    /** A report of what {@code model} (made in {@link DashboardModel.Mode#REPORT} mode) reads. */
    public ReportBuilder(DashboardModel model, DatasetCache images, WebAssets web) {
        this.model = model;
        this.images = images;
        this.web = web;
    }

    /** The page. */
    public String html() {
        DashboardModel.Snapshot snapshot = model.current();
        StringBuilder styles = new StringBuilder();
        for (String s : web.styles()) {
            styles.append("<style>\n").append(InlineText.style(web.text(s))).append("\n</style>\n");
        }
        StringBuilder data = new StringBuilder();
        data.append("<script type=\"application/json\" id=\"fmnist-data\">")
                .append(InlineText.json(new String(snapshot.json(), StandardCharsets.UTF_8))).append("</script>\n");
        snapshot.details().forEach((id, json) -> data.append("<script type=\"application/json\" id=\"fmnist-details-")
                .append(id).append("\">").append(InlineText.json(new String(json, StandardCharsets.UTF_8)))
                .append("</script>\n"));
        data.append("<script type=\"application/json\" id=\"fmnist-sprites\">{");
        String sep = "";
        for (String dataset : snapshot.datasets()) {
            Optional<Split> test = images.split(dataset, "test");
            if (test.isEmpty()) {
                continue;
            }
            data.append(sep).append('"').append(dataset).append("\":{\"test\":[");
            for (int page = 0; page < SpritePages.pages(test.get()); page++) {
                data.append(page == 0 ? "" : ",").append("\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(SpritePages.png(test.get(), page, SpritePages.Depth.SIXTEEN_LEVELS))).append('"');
            }
            data.append("]}");
            sep = ",";
        }
        data.append("}</script>\n");
        StringBuilder scripts = new StringBuilder();
        for (String s : web.scripts()) {
            scripts.append("<script>/* ").append(s).append(" */\n").append(InlineText.script(web.text(s)))
                    .append("\n</script>\n");
        }
        String template = web.indexTemplate();
        int a = template.indexOf(WebAssets.STYLES);
        int b = template.indexOf(WebAssets.DATA);
        int c = template.indexOf(WebAssets.SCRIPTS);
        return template.substring(0, a) + styles + template.substring(a + WebAssets.STYLES.length(), b) + data
                + template.substring(b + WebAssets.DATA.length(), c) + scripts
                + template.substring(c + WebAssets.SCRIPTS.length());
    }

    /**
     * Writes the page to {@code out} through a temporary file moved into place, so that a failure leaves no
     * half-written report.
     *
     * @return the bytes written
     */
    public long write(Path out) throws IOException {
        byte[] bytes = html().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, o -> o.write(bytes));
        return bytes.length;
    }
}
