package ducha.inspections;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.Principal;

/**
 * Inspection bulletins (督察通报), numbered per year through the platform's
 * {@link ducha.core.documents.NumberingService} (kind {@link #NUMBER_KIND}) and written as official documents. The
 * persons named get entries in their integrity archive.
 */
public interface BulletinService {

	/** The numbering kind of the bulletins. */
	String NUMBER_KIND = "inspections.bulletin";

	/**
	 * Issues a bulletin naming the findings, numbered in the year of {@code issuedOn}. Needs
	 * {@link InspectionPermissions#MANAGE}; refuses findings of an unannounced inspection not yet closed (a bulletin
	 * is read by the whole court) and findings already named in a bulletin.
	 */
	Bulletin issue(String title, LocalDate issuedOn, List<String> findingNos, Principal actor);

	/** The year's bulletins, by number. Needs {@link InspectionPermissions#READ}. */
	List<Bulletin> bulletins(int year, Principal viewer);

	/**
	 * The bulletin as the official document its DOCX/PDF are written from (for 打印预览…). Needs
	 * {@link InspectionPermissions#READ}.
	 *
	 * @throws ducha.core.NotFoundException for an unknown bulletin
	 */
	OfficialDocument compose(int year, int number, Principal viewer);

	/** Writes the bulletin as an official document in the format. Needs {@link InspectionPermissions#READ}. */
	void write(int year, int number, DocumentFormat format, OutputStream out, Principal viewer) throws IOException;
}
