package ducha.cli.internal;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A plugin's usage help over the platform's: the plugin's keys (its commands and options) first, then the
 * platform's, so that the options every command inherits (log-in, {@code --help}) keep their descriptions under a
 * plugin's commands.
 */
final class HelpBundle extends ResourceBundle {

	private final ResourceBundle own;
	private final String platformName;

	HelpBundle(ResourceBundle own, ResourceBundle platform) {
		this.own = own;
		this.platformName = platform.getBaseBundleName();
		setParent(platform);
	}

	/**
	 * The platform's name: picocli looks a key missing from a subcommand's bundle up in the parent command's bundle
	 * when their names differ, loading that one by name through its own class loader, which sees no bundle's
	 * resources inside OSGi; this bundle holds the platform's keys already.
	 */
	@Override
	public String getBaseBundleName() {
		return platformName;
	}

	@Override
	protected Object handleGetObject(String key) {
		return own.containsKey(key) ? own.getObject(key) : null;
	}

	@Override
	protected Set<String> handleKeySet() {
		return own.keySet();
	}

	@Override
	public Enumeration<String> getKeys() {
		return Collections.enumeration(keySet());
	}
}
