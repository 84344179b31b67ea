package ducha.app.internal.dialogs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import ducha.core.Modules;

/**
 * A bundle of an installed Ducha plugin: one that carries the {@link Modules#HEADER} manifest header.
 *
 * @param module       the header's value: the plugin (platform, cases, ...)
 * @param name         the plugin as users know it (审判监督), see {@link Modules#displayName}
 * @param symbolicName the bundle
 * @param version      the bundle's version
 * @param state        the bundle's OSGi state
 */
record InstalledModule(String module, String name, String symbolicName, String version, int state) {

	static List<InstalledModule> all(BundleContext context) {
		return Arrays.stream(context.getBundles()).filter(b -> b.getHeaders("").get(Modules.HEADER) != null)
				.map(b -> {
					String module = b.getHeaders("").get(Modules.HEADER);
					return new InstalledModule(module, Modules.displayName(module, context), b.getSymbolicName(),
							b.getVersion().toString(), b.getState());
				})
				.sorted(Comparator.comparing(InstalledModule::module).thenComparing(InstalledModule::symbolicName))
				.toList();
	}

	String stateLabel() {
		return switch (state) {
		case Bundle.ACTIVE -> Messages.About_stateActive;
		case Bundle.STARTING -> Messages.About_stateLazy;
		case Bundle.RESOLVED -> Messages.About_stateResolved;
		default -> Messages.About_stateInstalled;
		};
	}
}
