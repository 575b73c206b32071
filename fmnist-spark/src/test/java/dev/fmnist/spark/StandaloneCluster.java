package dev.fmnist.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark standalone cluster on this machine, from Spark's jars alone: a master and {@code workers} one-core workers,
 * each a separate JVM bound to 127.0.0.1 on free ports, their logs and work directories under {@code dir}. Closing it
 * kills every process it started, the executors the workers launched included, and a shutdown hook does the same if
 * the JVM exits first.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final long START_SECONDS = 120;
    private static final String SERVICE_HEAP = "-Xmx512m";
    /** The driver holds the datasets (about 200 MB each, standardized). */
    private static final String DRIVER_HEAP = "-Xmx3g";

    private final Path dir;
    private final Path sparkHome;
    private final String master;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    /** Processes no longer below one of ours (a killed worker's executors), killed at the end if still alive. */
    private final List<ProcessHandle> orphans = new ArrayList<>();
    private final Thread hook = new Thread(this::killAll, "fmnist-standalone-cluster-cleanup");

    private StandaloneCluster(Path dir) throws IOException {
        this.dir = dir;
        this.sparkHome = sparkHome(dir.resolve("spark-home"));
        int port = freePort();
        this.master = "spark://127.0.0.1:" + port;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts the master and the workers and waits until the master accepts connections. */
    static StandaloneCluster start(Path dir, int workers) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        StandaloneCluster c = new StandaloneCluster(dir);
        try {
            c.spark("master", SERVICE_HEAP, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                    Integer.toString(c.port()), "--webui-port", Integer.toString(freePort()));
            c.awaitMaster();
            for (int w = 1; w <= workers; w++) {
                Path work = Files.createDirectories(dir.resolve("worker" + w));
                c.workers.add(c.spark("worker" + w, SERVICE_HEAP, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--cores", "1", "--memory", "3g", "--webui-port", Integer.toString(freePort()), "--work-dir",
                        work.toString(), c.master));
            }
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The master's URL, {@code spark://127.0.0.1:PORT}. */
    String master() {
        return master;
    }

    /**
     * Starts a driver JVM ({@code org.apache.spark.deploy.SparkSubmit}, client mode) with these arguments after the
     * master and the driver's settings, its output to {@code log} (under the cluster's directory).
     */
    Process submit(String log, List<String> arguments) throws IOException {
        List<String> args = new ArrayList<>(List.of("--master", master, "--conf", "spark.executor.memory=2g",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.driver.extraJavaOptions=" + JavaModuleOptions.defaultModuleOptions()));
        args.addAll(arguments);
        return spark(log, DRIVER_HEAP, "org.apache.spark.deploy.SparkSubmit", args.toArray(String[]::new));
    }

    /** Kills worker {@code index} (from 0) with SIGKILL; its executors are left to notice and exit on their own. */
    void killWorker(int index) throws InterruptedException {
        Process worker = workers.get(index);
        synchronized (this) {
            worker.descendants().forEach(orphans::add);
        }
        worker.destroyForcibly();
        worker.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    private synchronized void killAll() {
        List<ProcessHandle> all = new ArrayList<>(orphans);
        for (Process p : processes) {
            p.descendants().forEach(all::add);
            all.add(p.toHandle());
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by nothing: a process that outlives SIGKILL for 30 s is the system's problem
            }
        }
    }

    private int port() {
        return Integer.parseInt(master.substring(master.lastIndexOf(':') + 1));
    }

    private synchronized Process spark(String name, String heap, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
        command.addAll(List.of(heap, "-cp", sparkHome.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_HOSTNAME", "localhost");
        // a worker needs it to launch executors from a Spark home that is not a Spark build
        env.put("SPARK_SCALA_VERSION", "2.13");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private void awaitMaster() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 1000);
                return;
            } catch (IOException e) {
                if (!processes.get(0).isAlive()) {
                    throw new IOException("the Spark master exited; see " + dir.resolve("master.log"));
                }
                Thread.sleep(250);
            }
        }
        throw new IOException("the Spark master did not accept connections in " + START_SECONDS + " s; see "
                + dir.resolve("master.log"));
    }

    /**
     * A Spark home the workers can launch executors from: links to the jars of this JVM's class path that are not
     * fmnist's own (Spark's and the libraries both share, at the versions the driver uses) under {@code jars/}, and a
     * {@code RELEASE} file that says it is a distribution. fmnist itself reaches the executors as the application jar.
     */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "");
        Path repository = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            String name = jar.getFileName().toString();
            boolean fmnist = jar.startsWith(repository) || jar.toString().contains(File.separator + "dev"
                    + File.separator + "fmnist" + File.separator);
            Path link = jars.resolve(name);
            if (name.endsWith(".jar") && !fmnist && Files.isRegularFile(jar) && !Files.exists(link)) {
                try {
                    Files.createSymbolicLink(link, jar);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(jar, link);
                }
            }
        }
        return home;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
