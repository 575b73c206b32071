package dev.fmnist.dashboard;

import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.DashboardModel;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.dashboard.report.ReportBuilder;
import dev.fmnist.dashboard.server.DashboardServer;
import dev.fmnist.dashboard.web.WebAssets;
import java.io.IOException;
import java.nio.file.Path;

/** The two ways to open the dashboard: a local web server, and one self-contained HTML file. */
public final class Dashboard {
    /** Request threads of the server: the page asks for a few things at once, a load test for more. */
    public static final int THREADS = 8;

    private Dashboard() {
    }

    /**
     * Starts {@code fmnist serve}'s server on {@code host:port} (0: any free port); it answers until closed.
     *
     * @throws IOException when the address cannot be bound
     */
    public static DashboardServer serve(Sources sources, DatasetCache images, String host, int port)
            throws IOException {
        DashboardModel model = new DashboardModel(sources, images, DashboardModel.Mode.SERVE);
        return DashboardServer.start(model, images, WebAssets.load(), host, port, THREADS);
    }

    /**
     * Writes {@code fmnist report}'s file.
     *
     * @return its size in bytes
     * @throws IOException when it cannot be written
     */
    public static long report(Sources sources, DatasetCache images, Path out) throws IOException {
        DashboardModel model = new DashboardModel(sources, images, DashboardModel.Mode.REPORT);
        return new ReportBuilder(model, images, WebAssets.load()).write(out);
    }
}
