package ducha.persistence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

import ducha.core.DuchaException;
import ducha.core.Language;

/**
 * The marker of a restore in flight, {@code <db>.restore-journal} beside the embedded database, and what a start
 * does with it before it opens the database ({@link #recover}):
 * <ul>
 * <li>{@link Phase#BUILDING}: the copy {@code <db>.restoring} is being built and checked; the database in use is
 * untouched. A start deletes the copy: the restore is undone.</li>
 * <li>{@link Phase#SWITCHING}: the copy is complete and passed every check; the database in use is renamed to the
 * kept {@code <db>.before-restore-<time>} and the copy renamed into its place. A start finishes the two renames
 * (each one step), or, should the copy be gone and the database missing, puts the kept one back.</li>
 * </ul>
 * Without a journal a leftover copy is deleted too. So a start never finds the database missing while a restore
 * was in flight (it would create an empty one) and never opens a copy that was not checked.
 */
final class RestoreJournal {

	enum Phase {
		BUILDING, SWITCHING
	}

	/** The renames of the switch, for the test of a restore killed between them. */
	enum Rename {
		OLD_MOVED_ASIDE, NEW_MOVED_IN
	}

	private static final ILog LOG = ILog.of(RestoreJournal.class);

	private final Path database;

	RestoreJournal(Path database) {
		this.database = database.toAbsolutePath();
	}

	Path file() {
		return sibling(".restore-journal");
	}

	/** Where the restored database is built. */
	Path staging() {
		return sibling(".restoring");
	}

	private Path sibling(String suffix) {
		return database.resolveSibling(database.getFileName() + suffix);
	}

	void building() throws IOException {
		write(Phase.BUILDING, null);
	}

	void switching(Path aside) throws IOException {
		write(Phase.SWITCHING, aside);
	}

	/** Written beside, forced to disk and renamed: a start reads a whole journal or none. */
	private void write(Phase phase, Path aside) throws IOException {
		Properties p = new Properties();
		p.setProperty("phase", phase.name());
		if (aside != null) {
			p.setProperty("aside", aside.getFileName().toString());
		}
		Path temp = sibling(".restore-journal.tmp");
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(channel)) {
			p.store(out, "a restore of " + database.getFileName() + " in flight; a start finishes or undoes it");
			channel.force(true);
		}
		Folders.rename(temp, file());
	}

	/**
	 * Renames the database in use aside and the checked copy into its place, as far as not done yet; then the
	 * journal goes. Run by the restore itself and by a start after a crash.
	 */
	void finishSwitch(Path aside, Consumer<Rename> afterEach) throws IOException {
		Path staging = staging();
		if (Files.isDirectory(staging)) {
			if (Files.exists(database)) {
				Folders.rename(database, aside);
				afterEach.accept(Rename.OLD_MOVED_ASIDE);
			}
			Folders.rename(staging, database);
			afterEach.accept(Rename.NEW_MOVED_IN);
		} else if (!Files.exists(database) && Files.isDirectory(aside)) {
			Folders.rename(aside, database);
		}
		Files.deleteIfExists(file());
	}

	/** Drops the copy and the journal: the database in use stays as it is. */
	void undo() throws IOException {
		Folders.delete(staging());
		Files.deleteIfExists(file());
		Files.deleteIfExists(sibling(".restore-journal.tmp"));
	}

	/**
	 * What a start runs before it opens (or creates) the embedded database.
	 *
	 * @throws DuchaException when the journal cannot be read or a rename fails: the start must then not open the
	 *                        database, which may be missing
	 */
	void recover() {
		try {
			if (!Files.exists(file())) {
				if (Files.exists(staging())) {
					LOG.warn("Deleting " + staging() + ", left by a restore that did not start its switch");
					undo();
				}
				return;
			}
			Properties p = new Properties();
			try (Reader in = Files.newBufferedReader(file(), StandardCharsets.ISO_8859_1)) {
				p.load(in);
			}
			if (Phase.SWITCHING.name().equals(p.getProperty("phase")) && p.getProperty("aside") != null) {
				Path aside = database.resolveSibling(p.getProperty("aside"));
				finishSwitch(aside, rename -> {
				});
				LOG.warn("A restore interrupted while switching databases was finished; the previous database is kept in "
						+ aside);
			} else {
				undo();
				LOG.warn("A restore interrupted before its switch was undone; the database in use is unchanged");
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new DuchaException(Language.format(Messages.Restore_recoveryFailed, file(), e.getMessage()), e);
		}
	}
}
