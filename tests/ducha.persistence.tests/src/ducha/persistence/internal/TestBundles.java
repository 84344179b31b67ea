package ducha.persistence.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

import ducha.persistence.PersistenceHeaders;

/**
 * Plugin bundles made by a test: a manifest with {@code Ducha-Migrations} and the given migration scripts.
 * Installed and resolved, never started, so the running extender leaves them alone: a test hands them to an
 * extender of its own on a scratch database.
 */
final class TestBundles {

	private static final String NO_UNITS = "<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.0\"/>";

	private TestBundles() {
	}

	/** @param scripts file name (e.g. {@code V1__note.sql}) to SQL, placed in {@code db/test} */
	static Bundle withMigrations(String symbolicName, String version, Map<String, String> scripts)
			throws IOException, BundleException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", version);
		main.putValue(PersistenceHeaders.MIGRATIONS, "db/test");
		main.putValue(PersistenceHeaders.META_PERSISTENCE, "META-INF/persistence.xml");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			add(jar, "META-INF/persistence.xml", NO_UNITS);
			add(jar, "db/", null);
			add(jar, "db/test/", null);
			for (Map.Entry<String, String> script : scripts.entrySet()) {
				add(jar, "db/test/" + script.getKey(), script.getValue());
			}
		}
		BundleContext context = FrameworkUtil.getBundle(TestBundles.class).getBundleContext();
		Bundle bundle = context.installBundle("test:" + symbolicName + "/" + version + "/" + System.nanoTime(),
				new ByteArrayInputStream(bytes.toByteArray()));
		if (!context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle))) {
			bundle.uninstall();
			throw new AssertionError(symbolicName + " does not resolve");
		}
		return bundle;
	}

	/** An installed bundle of the test runtime, e.g. ducha.core. */
	static Bundle installed(String symbolicName) {
		Bundle[] bundles = FrameworkUtil.getBundle(TestBundles.class).getBundleContext().getBundles();
		return Arrays.stream(bundles).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
	}

	/** The class loader of an installed bundle, the one its persistence unit uses. */
	static ClassLoader loader(String symbolicName) {
		return installed(symbolicName).adapt(BundleWiring.class).getClassLoader();
	}

	private static void add(JarOutputStream jar, String name, String text) throws IOException {
		jar.putNextEntry(new JarEntry(name));
		if (text != null) {
			jar.write(text.getBytes(StandardCharsets.UTF_8));
		}
		jar.closeEntry();
	}
}
