package ducha.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.FileDialog;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Plugin kit: every file dialog of the workbench opens in the folder where the user last chose a file (their
 * Documents folder, or home folder, the first time), never in the installation folder the process happens to run
 * from. The folder is remembered per operating-system user (the workbench's instance area), across starts.
 */
public final class FileDialogs {

	private static final String NODE = "ducha.app";
	private static final String KEY = "files.lastFolder";

	/** Chooses in place of the user while set (the UI tests); null: the dialog asks the user. */
	private static volatile Function<FileDialog, String> answer;

	private FileDialogs() {
	}

	/**
	 * For the UI tests: every file dialog is answered by the function (given the dialog as set up, e.g. its file
	 * name and filters) instead of being opened, since the operating system's file dialog cannot be driven by SWT
	 * events; null opens the dialogs again.
	 */
	public static void answerWith(Function<FileDialog, String> answering) {
		answer = answering;
	}

	/**
	 * Opens the dialog in the remembered folder (unless the caller set one) and remembers the folder of the file
	 * chosen.
	 *
	 * @return the chosen file, or null when the user cancelled
	 */
	public static String open(FileDialog dialog) {
		String preset = dialog.getFilterPath();
		if (preset == null || preset.isEmpty()) {
			dialog.setFilterPath(lastFolder().toString());
		}
		Function<FileDialog, String> answering = answer;
		String chosen = answering != null ? answering.apply(dialog) : dialog.open();
		if (chosen != null) {
			remember(Path.of(chosen).toAbsolutePath().getParent());
		}
		return chosen;
	}

	/** The folder a file dialog opens in. */
	public static Path lastFolder() {
		String stored = preferences().get(KEY, null);
		if (stored != null && Files.isDirectory(Path.of(stored))) {
			return Path.of(stored);
		}
		Path home = Path.of(System.getProperty("user.home"));
		Path documents = home.resolve("Documents");
		return Files.isDirectory(documents) ? documents : home;
	}

	static void remember(Path folder) {
		if (folder == null) {
			return;
		}
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY, folder.toString());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// the folder is still remembered for this session
			ILog.of(FileDialogs.class).warn("Could not store the last folder of a file dialog", e);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
