package ducha.cli.plugins;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import ducha.core.Modules;

/** The plugins of this installation, from the {@code Ducha-Module} header of its bundles. */
final class InstalledPlugins {

	/**
	 * @param id      the plugin (cases, petitions, ..., or platform)
	 * @param name    as users know it (审判监督)
	 * @param version its bundles' version (the highest)
	 * @param running whether one of its bundles is started in this runtime
	 */
	record Plugin(String id, String name, String version, boolean running) {
	}

	private InstalledPlugins() {
	}

	static Map<String, Plugin> of(BundleContext context) {
		Map<String, List<Bundle>> byPlugin = Arrays.stream(context.getBundles())
				.filter(b -> b.getHeaders("").get(Modules.HEADER) != null)
				.collect(Collectors.groupingBy(b -> b.getHeaders("").get(Modules.HEADER), TreeMap::new,
						Collectors.toList()));
		Map<String, Plugin> plugins = new TreeMap<>();
		byPlugin.forEach((id, bundles) -> plugins.put(id, new Plugin(id, Modules.displayName(id, context),
				bundles.stream().map(Bundle::getVersion).max(Comparator.naturalOrder()).orElseThrow().toString(),
				bundles.stream().anyMatch(b -> (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0))));
		return plugins;
	}
}
