package ducha.test.derbyserver;

import java.io.PrintWriter;
import java.net.InetAddress;

import org.apache.derby.drda.NetworkServerControl;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * With {@code -Dducha.test.derbyServer=PORT}, starts a Derby network server on localhost (databases under
 * {@code derby.system.home}) and waits until it answers, so that ducha.persistence, started at a later start level
 * in Derby network mode, finds it: the client driver, the network protocol and the server's SQL are the ones a court
 * running a Derby network server gets. Without the property it does nothing. With {@link SslServer#PORT_PROPERTY}
 * too, a second server that requires SSL answers there.
 */
public final class Activator implements BundleActivator {

	static final String PORT_PROPERTY = "ducha.test.derbyServer";
	private static final long START_TIMEOUT_MS = 30_000;

	private NetworkServerControl server;
	private NetworkServerControl sslServer;

	@Override
	public void start(BundleContext context) throws Exception {
		String port = System.getProperty(PORT_PROPERTY);
		if (port == null || port.isBlank()) {
			return;
		}
		server = new NetworkServerControl(InetAddress.getLoopbackAddress(), Integer.parseInt(port.strip()));
		server.start(new PrintWriter(System.err, true));
		awaitAnswer(server, port);
		String sslPort = System.getProperty(SslServer.PORT_PROPERTY);
		if (sslPort != null && !sslPort.isBlank()) {
			sslServer = SslServer.start(Integer.parseInt(sslPort.strip()));
		}
	}

	static void awaitAnswer(NetworkServerControl server, Object port) throws InterruptedException {
		long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
		while (true) {
			try {
				server.ping();
				return;
			} catch (Exception notYet) {
				if (System.currentTimeMillis() > deadline) {
					throw new IllegalStateException("Derby network server on port " + port + " did not answer", notYet);
				}
				Thread.sleep(100);
			}
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (sslServer != null) {
			sslServer.shutdown();
		}
		if (server != null) {
			server.shutdown();
		}
	}
}
