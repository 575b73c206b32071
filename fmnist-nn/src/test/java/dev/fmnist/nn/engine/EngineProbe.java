package dev.fmnist.nn.engine;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Run in a fresh JVM by {@link OfflineEngineTest}: records every URL connection the process attempts (through the
 * default proxy selector, which the JDK consults for each one) while the engine starts and computes, then prints
 * them and DJL's offline settings.
 */
public final class EngineProbe {
    private EngineProbe() {
    }

    public static void main(String[] args) {
        List<URI> attempts = new CopyOnWriteArrayList<>();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        float sum = OfflineEngine.get().newBaseManager().create(new float[] {1, 2, 3}).sum().getFloat();
        System.out.println("engine=" + OfflineEngine.get().getEngineName());
        System.out.println("sum=" + sum);
        System.out.println("offline=" + System.getProperty(OfflineEngine.OFFLINE_PROPERTY));
        System.out.println("tracking_opt_out=" + System.getProperty(OfflineEngine.TRACKING_PROPERTY));
        System.out.println("connections=" + attempts);
    }
}
