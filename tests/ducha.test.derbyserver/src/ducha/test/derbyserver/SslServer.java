package ducha.test.derbyserver;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby network server that requires SSL ({@code derby.drda.sslMode=basic}), set up as docs/install.md tells a
 * court's IT to: a key pair made with keytool in a PKCS12 key store, named by {@code javax.net.ssl.keyStore}. The
 * server takes its key from the JVM's default SSL context, so the key store properties are set here, at the start
 * of the test runtime, before anything else uses SSL.
 */
final class SslServer {

	/** The port of the SSL server, beside {@link Activator#PORT_PROPERTY}'s. */
	static final String PORT_PROPERTY = "ducha.test.derbyServer.ssl";
	private static final String STORE_PASSWORD = "ducha-test";

	private SslServer() {
	}

	static NetworkServerControl start(int port) throws Exception {
		Path keyStore = Path.of(System.getProperty("derby.system.home", ".")).resolve("server-keystore.p12");
		makeKeyStore(keyStore);
		System.setProperty("javax.net.ssl.keyStore", keyStore.toString());
		System.setProperty("javax.net.ssl.keyStorePassword", STORE_PASSWORD);
		System.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
		// read when the server is made: the plain server made before keeps its mode
		System.setProperty("derby.drda.sslMode", "basic");
		try {
			NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
			server.start(new PrintWriter(System.err, true));
			Activator.awaitAnswer(server, port);
			return server;
		} finally {
			System.clearProperty("derby.drda.sslMode");
		}
	}

	private static void makeKeyStore(Path keyStore) throws IOException, InterruptedException {
		Files.createDirectories(keyStore.getParent());
		Files.deleteIfExists(keyStore);
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "derby", "-keyalg", "RSA",
				"-keysize", "2048", "-validity", "30", "-dname", "CN=localhost", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", STORE_PASSWORD)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IllegalStateException("keytool could not make the SSL server's key store " + keyStore);
		}
	}
}
