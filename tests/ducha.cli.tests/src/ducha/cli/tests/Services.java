package ducha.cli.tests;

import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import ducha.core.security.Principal;
import ducha.core.spi.CliContribution;

/** The OSGi services the tests check the command line's effects with. */
final class Services {

	private static final long TIMEOUT_MILLIS = 60_000;

	/** Reads what a test needs to check (the audit log, every department) without logging in. */
	static final Principal TESTER = Principal.system("tester");

	private Services() {
	}

	static <S> S get(Class<S> type) {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(Services.class).getBundleContext(), type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(TIMEOUT_MILLIS);
			if (service == null) {
				throw new AssertionError(type.getName() + " not registered within " + TIMEOUT_MILLIS + " ms");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/**
	 * Waits until the plugins' command contributions are registered (they come once their persistence units are
	 * deployed), so that a walk over the command tree sees them.
	 */
	static void awaitCommands(String... names) {
		ServiceTracker<CliContribution, CliContribution> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(Services.class).getBundleContext(), CliContribution.class, null);
		tracker.open();
		try {
			long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
			Set<String> wanted = Set.of(names);
			while (true) {
				Set<String> registered = tracker.getTracked().values().stream().map(CliContribution::name)
						.collect(Collectors.toSet());
				if (registered.containsAll(wanted)) {
					return;
				}
				if (System.currentTimeMillis() > deadline) {
					throw new AssertionError("plugin commands missing: " + wanted + ", registered " + registered);
				}
				Thread.sleep(200);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		} finally {
			tracker.close();
		}
	}
}
