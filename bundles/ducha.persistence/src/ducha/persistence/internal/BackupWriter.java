package ducha.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eclipse.core.runtime.ILog;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.spi.RestoreCheck;

/**
 * Writes one backup folder {@code ducha-backup-<time>}: Derby's online backup of the database (users keep working),
 * the data folder's settings and keys ({@link DataFiles}), then proves the copy by building a database from it
 * beside, checking it ({@link CopyCheck}: the audit chain too) and noting what it holds in the
 * {@link BackupManifest}, written last. A backup that fails any of this is deleted, never left looking complete.
 */
final class BackupWriter {

	static final String PREFIX = "ducha-backup-";
	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
	private static final ILog LOG = ILog.of(BackupWriter.class);

	private final DataSource dataSource;
	private final String database;
	private final Path dataFolder;
	private final List<RestoreCheck> checks;
	private final Clock clock;

	/** @param database the connection's description, for the manifest */
	BackupWriter(DataSource dataSource, String database, Path dataFolder, List<RestoreCheck> checks, Clock clock) {
		this.dataSource = dataSource;
		this.database = database;
		this.dataFolder = dataFolder;
		this.checks = checks;
		this.clock = clock;
	}

	/** @return the new backup folder under {@code targetDir} */
	Path write(Path targetDir) {
		Path folder = Folders.freeSibling(
				targetDir.toAbsolutePath().resolve(PREFIX + LocalDateTime.now(clock).format(STAMP)), "");
		try {
			Files.createDirectories(folder);
			Folders.ownerOnly(folder);
			Path copy = derbyBackup(folder);
			List<String> files = DataFiles.copyOut(dataFolder, folder);
			DatabaseContents contents = verify(folder, copy);
			new BackupManifest(clock.instant(), database, copy.getFileName().toString(), contents, files)
					.write(folder);
			LOG.info("Database backed up to " + folder + ": " + contents.rows().size() + " tables, "
					+ contents.totalRows() + " rows, " + files.size() + " files of the data folder");
			return folder;
		} catch (SQLException | IOException | RuntimeException e) {
			deleteQuietly(folder);
			if (e instanceof DuchaException ducha) {
				throw new DuchaException(Language.format(Messages.Backup_failed, folder, ducha.getMessage()), e);
			}
			throw new DuchaException(Language.format(Messages.Backup_failed, folder, e.getMessage()), e);
		}
	}

	/** Derby writes the copy into a sub-folder named like the database folder. */
	private Path derbyBackup(Path folder) throws SQLException, IOException {
		try (Connection c = dataSource.getConnection();
				CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
			call.setString(1, folder.toString());
			call.execute();
		}
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(p -> Files.isRegularFile(p.resolve("service.properties"))).findFirst()
					.orElseThrow(() -> new DuchaException(Language.format(Messages.Backup_empty, folder)));
		}
	}

	/** Builds a database from the copy beside it, checks it and deletes it again. */
	private DatabaseContents verify(Path folder, Path copy) throws SQLException, IOException {
		Path trial = folder.resolve(".verifying");
		try {
			DerbyCopy.create(copy, trial);
			return new CopyCheck(checks).check(trial, null);
		} finally {
			Folders.delete(trial);
		}
	}

	private static void deleteQuietly(Path folder) {
		try {
			Folders.delete(folder);
		} catch (IOException e) {
			LOG.warn("Cannot delete the unfinished backup " + folder + ": " + e.getMessage());
		}
	}
}
