package ducha.core;

/**
 * Manifest header that marks a bundle as part of a Ducha plugin: its value names the plugin (platform, cases,
 * petitions, integrity, ...). The About dialog and {@code ducha-cli modules} list the bundles that carry it.
 */
public final class Modules {

	public static final String HEADER = "Ducha-Module";

	private Modules() {
	}
}
