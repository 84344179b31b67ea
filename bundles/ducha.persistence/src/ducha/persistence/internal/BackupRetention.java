package ducha.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ducha.core.DuchaException;
import ducha.core.Language;

/**
 * The backups of one folder: the complete ones ({@code ducha-backup-<time>} with a manifest) are ordered by their
 * time; pruning keeps the newest N and deletes the older ones, and any unfinished folder older than the newest
 * complete backup (a backup killed half-way). Other files of the folder are never touched.
 */
final class BackupRetention {

	private final Path folder;

	BackupRetention(Path folder) {
		this.folder = folder.toAbsolutePath();
	}

	/** @return the deleted backups, oldest first */
	List<Path> prune(int keep) {
		if (keep < 1) {
			throw new DuchaException(Language.format(Messages.Retention_keep, keep));
		}
		List<Path> complete = new ArrayList<>();
		List<Path> unfinished = new ArrayList<>();
		for (Path backup : backups()) {
			(BackupManifest.exists(backup) ? complete : unfinished).add(backup);
		}
		List<Path> doomed = new ArrayList<>();
		if (complete.size() > keep) {
			doomed.addAll(complete.subList(0, complete.size() - keep));
		}
		if (!complete.isEmpty()) {
			String newest = complete.getLast().getFileName().toString();
			unfinished.stream().filter(p -> p.getFileName().toString().compareTo(newest) < 0).forEach(doomed::add);
		}
		doomed.sort(Comparator.comparing(p -> p.getFileName().toString()));
		for (Path backup : doomed) {
			try {
				Folders.delete(backup);
			} catch (IOException e) {
				throw new DuchaException(Language.format(Messages.Retention_failed, backup, e.getMessage()), e);
			}
		}
		return doomed;
	}

	/** When the newest complete backup was written, if any. */
	Optional<Instant> newest() {
		List<Path> all = backups();
		for (int i = all.size() - 1; i >= 0; i--) {
			if (BackupManifest.exists(all.get(i))) {
				return Optional.of(BackupManifest.read(all.get(i)).created());
			}
		}
		return Optional.empty();
	}

	/** Every backup folder, oldest first (their names hold their time). */
	private List<Path> backups() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(Files::isDirectory)
					.filter(p -> p.getFileName().toString().startsWith(BackupWriter.PREFIX))
					.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
		} catch (IOException e) {
			throw new DuchaException(Language.format(Messages.Backup_unreadable, folder), e);
		}
	}
}
