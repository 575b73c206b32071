package dev.fmnist.cli.dashboard;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.Verb;
import dev.fmnist.dashboard.Dashboard;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.server.DashboardServer;
import dev.fmnist.data.registry.Datasets;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fmnist serve}: the dashboard on a local web server until Ctrl-C. */
@Command(name = "serve", sortOptions = false,
        description = {"Show the results dashboard in a browser, served from this machine.",
                "Reads benchmark results, trained networks and fmnist embed maps as they are now, and shows new "
                        + "results while a benchmark is still writing them. Prints the address and answers until "
                        + "Ctrl-C. Bound to 127.0.0.1 (this machine only) unless --host says otherwise."},
        footer = {"", "Examples:", "  fmnist serve", "  fmnist serve --results results runs/big --models models --port 8080"})
public final class ServeCommand extends Verb {
    @Mixin
    private DashboardOptions options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 opens it to the network).")
    private String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        requireRange("--port", port, 0, 65535);
        requireLocalHost();
        DashboardServer server;
        try {
            server = Dashboard.serve(options.sources(), new DatasetCache(name -> load(Datasets.get(name))), host, port);
        } catch (BindException e) {
            throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another --port (0 for any free one), or a --host of this machine", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "fmnist-serve-stop"));
        out().println("fmnist: dashboard at " + server.url() + " (Ctrl-C stops it)");
        out().flush();
        stopped.await();
        return ExitCode.OK;
    }

    /** A usage error unless {@code --host} is an address of this machine, or all of them; checked before any work. */
    private void requireLocalHost() throws SocketException {
        if (host.isBlank()) {
            throw usageError("--host is empty; give an address of this machine such as 127.0.0.1, or 0.0.0.0");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw usageError("--host " + host + ": not an address of this machine");
        }
        if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                && NetworkInterface.getByInetAddress(address) == null) {
            throw usageError("--host " + host + ": " + address.getHostAddress() + " is not an address of this "
                    + "machine; give one of its addresses, 127.0.0.1, or 0.0.0.0 for all of them");
        }
    }
}
