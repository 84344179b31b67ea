package ducha.integrity.internal.archive;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.IntegrityTargets;
import ducha.integrity.internal.Messages;

/**
 * 我的廉政档案: what the viewer's own archive holds this year (never the entries still confidential, as the archive
 * shows them to their owner); a click opens the archive on it. For everyone with a staff record, so that a
 * member of staff finds their archive on the home page.
 */
@Component(service = DashboardTile.class)
public class OwnArchiveTile extends DeclaredTile {

	@Reference
	private IntegrityArchive archive;

	public OwnArchiveTile() {
		super("integrity.own-archive", Messages.tileOwnArchive, 590, IntegrityTargets.ARCHIVE);
	}

	/** Accounts without a staff record (IT, the command line's operator) have no archive. */
	@Override
	public boolean concerns(Principal viewer) {
		return viewer.staffNo() != null;
	}

	@Override
	public TileValue compute(Principal viewer) {
		int year = LocalDate.now().getYear();
		// reading one's own archive is not audited, and the archive itself decides what the owner sees
		int entries = archive.read(viewer.staffNo(), ArchiveFilter.of(Period.year(year)), viewer).entries().size();
		return new TileValue(String.valueOf(entries), NLS.bind(Messages.tileOwnArchiveDetail, year),
				TileValue.Level.NORMAL);
	}
}
