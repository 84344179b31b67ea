package ducha.core.tests;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import ducha.persistence.DatabaseService;

/** Why a service is missing: the Ducha bundles' states and the database's own failure report. */
final class Diagnostics {

	private Diagnostics() {
	}

	static String describe(BundleContext context) {
		String bundles = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().startsWith("ducha"))
				.map(b -> b.getSymbolicName() + "=" + state(b)).collect(Collectors.joining(", "));
		ServiceReference<DatabaseService> ref = context.getServiceReference(DatabaseService.class);
		String database = ref == null ? "no DatabaseService" : "database failure: " + context.getService(ref).failure();
		return "bundles: " + bundles + "; " + database;
	}

	private static String state(Bundle b) {
		return switch (b.getState()) {
		case Bundle.ACTIVE -> "ACTIVE";
		case Bundle.STARTING -> "STARTING";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.INSTALLED -> "INSTALLED";
		default -> String.valueOf(b.getState());
		};
	}
}
