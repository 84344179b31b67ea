package ducha.core.internal.plugins;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Modules;
import ducha.core.ValidationException;
import ducha.core.plugins.PluginInstaller;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/** {@link PluginInstaller} over the installation's {@code ducha-p2}; plugins are named by their short id. */
@Component
public class DefaultPluginInstaller implements PluginInstaller {

	/** {@code ducha.p2.feature}: the p2 director inside the product. */
	private static final String INSTALLER_FEATURE = "p2";

	@Reference
	private AuthorizationService authorization;

	private BundleContext context;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	@Override
	public boolean available() {
		return Files.isRegularFile(P2Director.script());
	}

	@Override
	public Map<String, String> offered(String repository, Principal actor) {
		authorization.check(actor, CorePermissions.PLUGINS_ADMIN);
		Map<String, String> versions = new TreeMap<>();
		for (String line : P2Director.ofThisInstallation().runChecked("-repository", repository, "-list")) {
			PluginNames.pluginOf(line).ifPresent(id -> versions.merge(id, PluginNames.versionOf(line),
					(a, b) -> a.compareTo(b) >= 0 ? a : b));
		}
		// the installer's own feature belongs to the platform: it is no plugin a court chooses
		versions.remove(INSTALLER_FEATURE);
		return versions;
	}

	@Override
	public List<String> install(List<String> plugins, String repository, Principal actor) {
		authorization.check(actor, CorePermissions.PLUGINS_ADMIN);
		String units = units(plugins);
		Set<String> installed = installed();
		String replaced = units(plugins.stream().filter(installed::contains).toList());
		P2Director director = P2Director.ofThisInstallation();
		if (replaced.isEmpty()) {
			return director.runChecked("-repository", repository, "-installIU", units);
		}
		List<String> output = new ArrayList<>(
				director.runChecked("-repository", repository, "-uninstallIU", replaced, "-installIU", units));
		output.addAll(director.runChecked("-gc"));
		return output;
	}

	@Override
	public List<String> uninstall(List<String> plugins, Principal actor) {
		authorization.check(actor, CorePermissions.PLUGINS_ADMIN);
		String units = units(plugins);
		Set<String> installed = installed();
		List<String> missing = plugins.stream().filter(p -> !installed.contains(p)).toList();
		if (!missing.isEmpty()) {
			throw new ValidationException(NLS.bind(Messages.uninstallNotInstalled, String.join(", ", missing)));
		}
		P2Director director = P2Director.ofThisInstallation();
		List<String> output = new ArrayList<>(director.runChecked("-uninstallIU", units));
		output.addAll(director.runChecked("-gc"));
		return output;
	}

	/** The p2 units of the plugins, after checking each name. */
	private static String units(List<String> plugins) {
		return plugins.stream().map(PluginNames::checked).map(PluginNames::installableUnit)
				.collect(Collectors.joining(","));
	}

	private Set<String> installed() {
		return Arrays.stream(context.getBundles()).map(b -> b.getHeaders("").get(Modules.HEADER))
				.filter(id -> id != null).collect(Collectors.toSet());
	}
}
