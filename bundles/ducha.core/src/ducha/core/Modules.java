package ducha.core;

import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Manifest headers that mark a bundle as part of a Ducha plugin. {@value #HEADER} names the plugin (platform,
 * cases, petitions, integrity, ...); the About dialog and {@code ducha-cli modules} list the bundles that carry it.
 * One bundle of each plugin also carries {@value #NAME_HEADER}, usually {@code %module.name} from its localization,
 * so that the platform can name a plugin as users know it (审判监督) without knowing the plugins.
 */
public final class Modules {

	public static final String HEADER = "Ducha-Module";
	public static final String NAME_HEADER = "Ducha-Module-Name";

	private Modules() {
	}

	/**
	 * The name users know the plugin by, in the default locale: the localized {@value #NAME_HEADER} of one of its
	 * installed bundles, or the plugin id when none carries it (or the plugin is not installed).
	 */
	public static String displayName(String module, BundleContext context) {
		return displayName(module, context, null);
	}

	/**
	 * As {@link #displayName(String, BundleContext)} in the given locale; Chinese documents and archives ask for
	 * {@link Locale#SIMPLIFIED_CHINESE} whatever the desktop's language.
	 */
	public static String displayName(String module, BundleContext context, Locale locale) {
		for (Bundle bundle : context.getBundles()) {
			if (module.equals(bundle.getHeaders("").get(HEADER))) {
				String name = (locale == null ? bundle.getHeaders() : bundle.getHeaders(locale.toString()))
						.get(NAME_HEADER);
				if (name != null && !name.isBlank() && !name.startsWith("%")) {
					return name;
				}
			}
		}
		return module;
	}
}
