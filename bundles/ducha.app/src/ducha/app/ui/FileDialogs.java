package ducha.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Plugin kit: every file dialog of the workbench opens in the folder where the user last chose a file (their
 * Documents folder, or home folder, the first time), never in the installation folder the process happens to run
 * from. The folder is remembered per operating-system user (the workbench's instance area), across starts. The file
 * last chosen in a save dialog (an export, a document) is remembered for the session, so that 文件 → 打开导出文件夹
 * opens its folder in the system's file manager.
 */
public final class FileDialogs {

	private static final String NODE = "ducha.app";
	private static final String KEY = "files.lastFolder";

	/** Chooses in place of the user while set (the UI tests); null: the dialog asks the user. */
	private static volatile Function<FileDialog, String> answer;
	/** Opens a folder in the system's file manager; replaced by the UI tests, which have none. */
	private static volatile Predicate<String> opener = Program::launch;
	/** The file last chosen in a save dialog of this session, or null. */
	private static volatile Path lastSaved;

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
			Path file = Path.of(chosen).toAbsolutePath();
			remember(file.getParent());
			if ((dialog.getStyle() & SWT.SAVE) != 0) {
				lastSaved = file;
			}
		}
		return chosen;
	}

	/** For the UI tests: opens folders with the predicate instead of the file manager; null restores it. */
	public static void openWith(Predicate<String> opening) {
		opener = opening != null ? opening : Program::launch;
	}

	/**
	 * The folder of the file last chosen in a save dialog of this session, while it exists: where the last export
	 * went (whether the export finished is told by its own message).
	 */
	public static Optional<Path> lastSavedFolder() {
		Path file = lastSaved;
		return file != null && Files.isDirectory(file.getParent()) ? Optional.of(file.getParent()) : Optional.empty();
	}

	/**
	 * Opens the folder of the last save in the system's file manager.
	 *
	 * @return false when there is none or the system could not open it
	 */
	public static boolean openLastSavedFolder() {
		return lastSavedFolder().map(folder -> opener.test(folder.toString())).orElse(false);
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
