package ducha.app.internal.dialogs;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import ducha.app.AppModel;
import ducha.app.internal.OsgiServices;
import ducha.app.ui.Background;
import ducha.core.DuchaException;
import ducha.core.plugins.PluginInstaller;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/**
 * The About dialog's plugin buttons for an administrator (plugins.admin): switch the selected plugin off or on
 * for the whole court (applied here at once), and in an installed product install plugins from a p2 repository
 * folder or uninstall the selected one (effective when the workbench starts next). The work runs in the kit's
 * {@link Background}; the table is read again afterwards.
 */
final class PluginButtons {

	private final TableViewer modules;
	private final Principal principal;
	private final UISynchronize sync;
	private final Background background;
	private final Runnable refresh;

	private PluginButtons(TableViewer modules, Principal principal, UISynchronize sync, Runnable refresh) {
		this.modules = modules;
		this.principal = principal;
		this.sync = sync;
		this.background = new Background(sync);
		this.refresh = refresh;
	}

	private Shell shell() {
		return modules.getTable().getShell();
	}

	/** Adds the buttons below the plugin table when the principal holds plugins.admin. */
	static void addIfPermitted(Composite area, TableViewer modules, Principal principal, UISynchronize sync,
			Runnable refresh) {
		boolean permitted = principal != null && OsgiServices.find(AuthorizationService.class)
				.map(a -> a.isPermitted(principal, CorePermissions.PLUGINS_ADMIN)).orElse(false);
		if (permitted) {
			new PluginButtons(modules, principal, sync, refresh).create(area);
		}
	}

	private void create(Composite area) {
		boolean installer = OsgiServices.find(PluginInstaller.class).map(PluginInstaller::available).orElse(false);
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(installer ? 4 : 2).applyTo(buttons);
		Button off = new Button(buttons, SWT.PUSH);
		off.setText(Messages.About_disablePlugin);
		off.setData(AppModel.WIDGET_KEY, "about.disable");
		off.addListener(SWT.Selection, e -> switchSelected(false));
		Button on = new Button(buttons, SWT.PUSH);
		on.setText(Messages.About_enablePlugin);
		on.setData(AppModel.WIDGET_KEY, "about.enable");
		on.addListener(SWT.Selection, e -> switchSelected(true));
		if (installer) {
			Button install = new Button(buttons, SWT.PUSH);
			install.setText(Messages.About_installPlugins);
			install.setData(AppModel.WIDGET_KEY, "about.install");
			install.addListener(SWT.Selection, e -> installFromRepository());
			Button uninstall = new Button(buttons, SWT.PUSH);
			uninstall.setText(Messages.About_uninstallPlugin);
			uninstall.setData(AppModel.WIDGET_KEY, "about.uninstall");
			uninstall.addListener(SWT.Selection, e -> uninstallSelected());
		}
	}

	/** A p2 repository folder, what it offers (read in the background), the plugins chosen, installed. */
	private void installFromRepository() {
		InputDialog where = new InputDialog(shell(), Messages.About_installTitle, Messages.About_installRepository, "",
				PluginButtons::repositoryProblem);
		if (where.open() != Window.OK) {
			return;
		}
		String repository = repositoryUri(where.getValue());
		inBackground(() -> {
			Map<String, String> offered = new TreeMap<>(
					installer().offered(repository, principal));
			offered.remove(PluginSwitchService.PLATFORM);
			sync.asyncExec(() -> {
				if (modules.getTable().isDisposed()) {
					return;
				}
				if (offered.isEmpty()) {
					MessageDialog.openInformation(shell(), Messages.About_installTitle, Messages.About_installNothing);
					return;
				}
				PluginChoiceDialog choice = new PluginChoiceDialog(shell(), repository, offered);
				if (choice.open() != Window.OK || choice.chosen().isEmpty()) {
					return;
				}
				inBackground(() -> {
					installer().install(choice.chosen(), repository, principal);
					return NLS.bind(Messages.About_installed, String.join(", ", choice.chosen()));
				});
			});
			return null;
		});
	}

	/** A folder path (local or on a file share) or a URL such as file:/srv/ducha/repository. */
	static String repositoryUri(String entered) {
		String value = entered.strip();
		return value.contains(":/") ? value : Path.of(value).toUri().toString();
	}

	/** Null when the entry names a URL or an existing folder, else why not (shown in the dialog). */
	static String repositoryProblem(String entered) {
		String value = entered == null ? "" : entered.strip();
		if (value.isEmpty()) {
			return Messages.About_installRepositoryEmpty;
		}
		if (value.contains(":/")) {
			return null;
		}
		try {
			return Files.isDirectory(Path.of(value)) ? null
					: NLS.bind(Messages.About_installRepositoryMissing, value);
		} catch (InvalidPathException e) {
			return NLS.bind(Messages.About_installRepositoryMissing, value);
		}
	}

	private void uninstallSelected() {
		if (!(((IStructuredSelection) modules.getSelection()).getFirstElement() instanceof InstalledModule module)
				|| PluginSwitchService.PLATFORM.equals(module.module())) {
			MessageDialog.openInformation(shell(), Messages.About_shellTitle, Messages.About_selectPlugin);
			return;
		}
		if (!MessageDialog.openConfirm(shell(), Messages.About_shellTitle,
				NLS.bind(Messages.About_confirmUninstall, module.name()))) {
			return;
		}
		inBackground(() -> {
			installer().uninstall(List.of(module.module()), principal);
			return NLS.bind(Messages.About_uninstalled, module.name());
		});
	}

	private static PluginInstaller installer() {
		return OsgiServices.find(PluginInstaller.class)
				.orElseThrow(() -> new DuchaException(Messages.About_databaseMissing));
	}

	/**
	 * Runs p2 work in a job (it takes seconds to a minute); its message, or the failure's, is shown afterwards.
	 * The work returns null when it shows its own result.
	 */
	private void inBackground(Callable<String> work) {
		background.run(Messages.About_p2Job, work, shown -> {
			if (shown != null && !modules.getTable().isDisposed()) {
				MessageDialog.openInformation(shell(), Messages.About_shellTitle, shown);
			}
		}, failure -> {
			if (!modules.getTable().isDisposed()) {
				MessageDialog.openError(shell(), Messages.About_shellTitle, failure);
			}
		});
	}

	/** Switches the selected row's plugin in the background (the database write, then its bundles stop or start). */
	private void switchSelected(boolean enable) {
		if (!(((IStructuredSelection) modules.getSelection()).getFirstElement() instanceof InstalledModule module)
				|| PluginSwitchService.PLATFORM.equals(module.module())) {
			MessageDialog.openInformation(shell(), Messages.About_shellTitle, Messages.About_selectPlugin);
			return;
		}
		if (!enable && !MessageDialog.openConfirm(shell(), Messages.About_shellTitle,
				NLS.bind(Messages.About_confirmDisable, module.name()))) {
			return;
		}
		background.run(Messages.About_switchJob, () -> {
			PluginSwitchService switches = OsgiServices.find(PluginSwitchService.class)
					.orElseThrow(() -> new DuchaException(Messages.About_databaseMissing));
			if (enable) {
				switches.enable(module.module(), principal);
			} else {
				switches.disable(module.module(), principal);
			}
			return module;
		}, switched -> {
			if (!modules.getTable().isDisposed()) {
				refresh.run();
			}
		}, failure -> {
			if (!modules.getTable().isDisposed()) {
				refresh.run();
				MessageDialog.openError(shell(), Messages.About_shellTitle, failure);
			}
		});
	}
}
