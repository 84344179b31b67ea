package ducha.core.plugins;

import java.util.Map;

import ducha.core.security.Principal;

/**
 * Switches a domain plugin off for the whole court without uninstalling it, and on again. The switch is a row in
 * the shared database: every desktop applies it when it starts ({@link #applyToRuntime()}), and the desktop that
 * changes it applies it at once. A plugin that is off has its bundles stopped, so its views, commands, tiles,
 * reminders, archive entries, ledgers and report section disappear together; its tables and records stay and are
 * all back when it is switched on. The platform itself cannot be switched off.
 */
public interface PluginSwitchService {

	/** The plugin id of the platform's own bundles, which is never switched off. */
	String PLATFORM = "platform";

	/** The plugins switched off, by plugin id. Needs no permission: every desktop reads it at start. */
	Map<String, DisabledPlugin> disabled();

	/**
	 * Switches the plugin off for every desktop and stops its bundles in this runtime.
	 *
	 * @throws ducha.core.security.AccessDeniedException without {@link ducha.core.security.CorePermissions#PLUGINS_ADMIN}
	 * @throws ducha.core.NotFoundException              when no bundle of this runtime belongs to the plugin
	 * @throws ducha.core.ValidationException           for the platform, or a plugin already switched off
	 */
	void disable(String plugin, Principal actor);

	/**
	 * Switches the plugin on for every desktop and starts its bundles in this runtime.
	 *
	 * @throws ducha.core.security.AccessDeniedException without {@link ducha.core.security.CorePermissions#PLUGINS_ADMIN}
	 * @throws ducha.core.ValidationException           when the plugin is not switched off
	 */
	void enable(String plugin, Principal actor);

	/**
	 * Makes this runtime match the switches: stops the bundles of plugins that are off and starts again those of
	 * plugins that are on but were stopped by a switch. The workbench and {@code ducha-cli} call it once the
	 * database is open, before they show views or commands.
	 */
	void applyToRuntime();
}
