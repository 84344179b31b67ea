package ducha.core.plugins;

import java.util.List;
import java.util.Map;

import ducha.core.security.Principal;

/**
 * Installs and removes the plugins of this installation from p2 repositories, through the installation's own p2
 * director ({@code ducha-p2}) run as a child process below the start level of the database and of every Ducha
 * bundle. Changes take effect when the workbench or command line starts next; a plugin's tables and records are
 * never touched. Every method needs {@link ducha.core.security.CorePermissions#PLUGINS_ADMIN}.
 */
public interface PluginInstaller {

	/** Whether this runtime is an installed product with its p2 director beside it (not a test or dev runtime). */
	boolean available();

	/** The plugins (and the platform) the repository offers, by plugin id, with their newest version. */
	Map<String, String> offered(String repository, Principal actor);

	/**
	 * Installs the plugins from the repository; one that is installed already is replaced in the same operation
	 * (its older version removed), so two versions never run side by side.
	 *
	 * @return what the director printed
	 */
	List<String> install(List<String> plugins, String repository, Principal actor);

	/**
	 * Uninstalls the plugins and collects the jars nothing else uses.
	 *
	 * @return what the director printed
	 * @throws ducha.core.ValidationException for a plugin that is not installed here; nothing is changed then
	 */
	List<String> uninstall(List<String> plugins, Principal actor);
}
