package ducha.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.core.runtime.ILog;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.core.spi.RestoreCheck;
import ducha.persistence.RestoreResult;

/**
 * Restores the embedded database from a backup folder without ever leaving it missing: the new database is built
 * beside the one in use ({@code <db>.restoring}, Derby's {@code createFrom}), opened and checked
 * ({@link CopyCheck} against the backup's {@link BackupManifest}); only then is the database in use released and
 * switched: renamed to the kept {@code <db>.before-restore-<time>}, the copy renamed into its place. The
 * {@link RestoreJournal} lets a start after a crash at any step finish or undo it.
 */
final class EmbeddedRestore {

	/** The steps after which a test stops a restore as a {@code kill -9} would. */
	enum Step {
		JOURNAL_WRITTEN, COPY_BUILT, COPY_CHECKED, KEYS_RESTORED, SWITCH_STARTED, OLD_MOVED_ASIDE, NEW_MOVED_IN
	}

	/** The database in use: closed before the switch, opened again after it (switched or not). */
	interface LiveDatabase {
		void release();

		void reopen();
	}

	/** Thrown by the test hook: an Error, so that no clean-up of the restore runs, as after a kill. */
	static final class Killed extends Error {
		private static final long serialVersionUID = 1L;

		Killed(Step step) {
			super("restore killed after " + step);
		}
	}

	private static final ILog LOG = ILog.of(EmbeddedRestore.class);

	private final Path database;
	private final Path dataFolder;
	private final List<RestoreCheck> checks;
	private final LiveDatabase live;
	private final Clock clock;
	private Step killAfter;

	EmbeddedRestore(Path database, Path dataFolder, List<RestoreCheck> checks, LiveDatabase live, Clock clock) {
		this.database = database.toAbsolutePath();
		this.dataFolder = dataFolder;
		this.checks = checks;
		this.live = live;
		this.clock = clock;
	}

	/** Test hook: the restore stops dead after {@code step}. */
	EmbeddedRestore killedAfter(Step step) {
		this.killAfter = step;
		return this;
	}

	private void reached(Step step) {
		if (step == killAfter) {
			throw new Killed(step);
		}
	}

	/**
	 * @param backup   a folder written by {@code backup} (or, from earlier versions, its Derby copy alone)
	 * @param settings whether the backup's settings files replace the data folder's too (keys always do)
	 */
	RestoreResult run(Path backup, boolean settings) {
		BackupSource source = BackupSource.of(backup.toAbsolutePath());
		RestoreJournal journal = new RestoreJournal(database);
		String stamp = LocalDateTime.now(clock).format(BackupWriter.STAMP);
		DatabaseContents contents;
		List<Path> files;
		try {
			journal.undo(); // a copy left by an earlier attempt of this process
			journal.building();
			reached(Step.JOURNAL_WRITTEN);
			DerbyCopy.create(source.derby(), journal.staging());
			reached(Step.COPY_BUILT);
			contents = new CopyCheck(checks).check(journal.staging(),
					source.manifest() == null ? null : source.manifest().contents());
			reached(Step.COPY_CHECKED);
			files = source.manifest() == null ? List.of() : DataFiles.restore(source.folder(), dataFolder, settings, stamp);
			reached(Step.KEYS_RESTORED);
		} catch (SQLException | IOException | RuntimeException e) {
			undoQuietly(journal);
			if (e instanceof ValidationException refused) {
				throw new ValidationException(Language.format(Messages.Restore_refused, source.folder(),
						String.join("; ", refused.problems())));
			}
			throw new DuchaException(Language.format(Messages.Restore_failed, e.getMessage()), e);
		}
		Path aside = Folders.freeSibling(database, ".before-restore-" + stamp);
		boolean hadDatabase = Files.exists(database);
		live.release();
		try {
			journal.switching(aside);
			reached(Step.SWITCH_STARTED);
			// the journal's renames are the last two steps, named alike
			journal.finishSwitch(aside, rename -> reached(Step.valueOf(rename.name())));
		} catch (IOException e) {
			// the journal is there (or nothing was renamed yet): the next start finishes what was begun
			throw new DuchaException(Language.format(Messages.Restore_switchFailed, e.getMessage()), e);
		} finally {
			live.reopen();
		}
		LOG.info("Database restored from " + source.folder() + (hadDatabase ? "; the previous one is kept in " + aside : ""));
		return new RestoreResult(hadDatabase ? aside : null, contents.rows().size(), contents.totalRows(),
				new CopyCheck(checks).names(), files);
	}

	private static void undoQuietly(RestoreJournal journal) {
		try {
			journal.undo();
		} catch (IOException e) {
			LOG.warn("Cannot delete the unfinished restore " + journal.staging() + ": " + e.getMessage());
		}
	}

	/** What a restore reads: the backup folder, its manifest and its Derby copy. */
	record BackupSource(Path folder, BackupManifest manifest, Path derby) {

		/** @throws ValidationException when the folder is no backup */
		static BackupSource of(Path folder) {
			if (BackupManifest.exists(folder)) {
				BackupManifest manifest = BackupManifest.read(folder);
				Path derby = folder.resolve(manifest.derbyFolder());
				if (!Files.isRegularFile(derby.resolve("service.properties"))) {
					throw new ValidationException(Language.format(Messages.Restore_notBackup, derby));
				}
				return new BackupSource(folder, manifest, derby);
			}
			if (Files.isRegularFile(folder.resolve("service.properties"))) {
				// the Derby copy itself: inside a backup folder of this version, or a backup of an earlier one
				Path parent = folder.getParent();
				if (parent != null && BackupManifest.exists(parent)) {
					return of(parent);
				}
				return new BackupSource(folder, null, folder);
			}
			throw new ValidationException(Language.format(Messages.Restore_notBackup, folder));
		}
	}
}
