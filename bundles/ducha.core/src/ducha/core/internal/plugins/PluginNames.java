package ducha.core.internal.plugins;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.core.plugins.PluginSwitchService;

/**
 * Short plugin names (cases, petitions, ...) and the p2 installable units they stand for: a plugin {@code x} is
 * the feature {@code ducha.x.feature}, whose bundles carry {@code Ducha-Module: x}.
 */
final class PluginNames {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{1,30}");
	private static final Pattern FEATURE_IU = Pattern.compile("ducha\\.([a-z][a-z0-9]*)\\.feature\\.feature\\.group");

	private PluginNames() {
	}

	/** @throws ValidationException for a name that is no plugin's, or the platform's */
	static String checked(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new ValidationException(NLS.bind(Messages.badName, name));
		}
		if (PluginSwitchService.PLATFORM.equals(name)) {
			throw new ValidationException(Messages.platformIsNotAPlugin);
		}
		return name;
	}

	static String installableUnit(String name) {
		return "ducha." + name + ".feature.feature.group";
	}

	/** The plugin of a p2 line such as {@code ducha.cases.feature.feature.group=1.0.0.2026...} or {@code .../1.0.0}. */
	static Optional<String> pluginOf(String p2Line) {
		Matcher m = FEATURE_IU.matcher(p2Line.strip());
		return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** The version of such a line, after its '=' or '/'. */
	static String versionOf(String p2Line) {
		String line = p2Line.strip();
		int at = Math.max(line.indexOf('='), line.indexOf('/'));
		return at < 0 ? "" : line.substring(at + 1).strip();
	}
}
