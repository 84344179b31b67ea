package ducha.petitions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.Principal;

/**
 * Petitions and reports. Every call takes the acting {@link Principal}; who may do what:
 * <ul>
 * <li>see petitions: {@link PetitionPermissions#READ}, except the staff a petition names, for whom it does not
 * exist (a lookup answers "not found", never "denied");</li>
 * <li>register, verify, conclude, dispose, write notes, clear: {@link PetitionPermissions#HANDLE} and being one of
 * the petition's assigned handlers, or the office director;</li>
 * <li>assign handlers: {@link PetitionPermissions#ASSIGN}; a handler may transfer their own assignment;</li>
 * <li>the reporter's identity and the attachments: only the assigned handlers and the office director, each time
 * through {@link #revealReporter} or {@link #exportAttachment} with a reason, each time audited.</li>
 * </ul>
 * Workflow methods throw {@link IllegalTransitionException} for a step the state does not allow.
 */
public interface PetitionService {

	/** Categories offered at intake; others are accepted too. */
	List<String> CATEGORIES = List.of("违反廉洁纪律", "违法审判", "执行问题", "工作作风", "违反组织纪律", "其他");

	/**
	 * Registers a petition: numbers it (XF&lt;year&gt;-&lt;n&gt;), seals the reporter's identity and sets the deadline from
	 * the channel's configured days, or the referring authority's deadline.
	 *
	 * @throws ducha.core.ValidationException listing every problem (unknown 工号, missing summary, ...)
	 */
	Petition register(Intake intake, Principal actor);

	/** The petitions the viewer may see, newest first. */
	List<Petition> list(Principal viewer);

	/** @throws ducha.core.NotFoundException also when the viewer may not know that it exists */
	Petition get(String number, Principal viewer);

	/*
	 * The changes of a petition below each take the {@link Petition#version()} the caller saw, and throw
	 * ducha.core.ConcurrentChangeException, naming who changed it and when, when it was changed since: storing the
	 * step would silently undo that change.
	 */

	/** Replaces the handlers; the first assignment moves a registered petition to assigned. */
	Petition assign(String number, long seenVersion, List<String> handlers, Principal actor);

	/** Hands one handler's assignment over to another user; the state stays. */
	Petition transfer(String number, long seenVersion, String fromHandler, String toHandler, String reason,
			Principal actor);

	Petition startVerification(String number, long seenVersion, Principal actor);

	Petition conclude(String number, long seenVersion, Conclusion conclusion, String text, LocalDate on,
			Principal actor);

	Petition dispose(String number, long seenVersion, Disposition disposition, String text, LocalDate on,
			Principal actor);

	Petition close(String number, long seenVersion, LocalDate on, Principal actor);

	/**
	 * The reporter's identity, for an assigned handler or the office director who gives a reason. Audited as
	 * {@code petition.reporter.read} with the reason; a refused attempt as {@code petition.reporter.denied}.
	 *
	 * @throws ducha.core.security.AccessDeniedException for everyone else
	 * @throws ducha.core.security.KeyUnavailableException for one allowed who holds no key of the petition yet
	 *                                                     (envelope encryption: see docs/install.md)
	 */
	Reporter revealReporter(String number, String reason, Principal actor);

	/**
	 * Every read of the petition's reporter identity and attachments, newest first, with the reasons given (the audit
	 * log keeps them sealed with the petition's key). For the petition's handlers and the office director.
	 *
	 * @throws ducha.core.security.AccessDeniedException for everyone else
	 * @throws ducha.core.security.KeyUnavailableException for one allowed who holds no key of the petition yet
	 */
	List<ConfidentialRead> confidentialReads(String number, Principal actor);

	/** True when the viewer is one who may call {@link #revealReporter} for this petition. */
	boolean mayRevealReporter(String number, Principal viewer);

	HandlerNote addNote(String number, String text, Principal actor);

	List<HandlerNote> notes(String number, Principal viewer);

	/**
	 * Stores a copy of the file, encrypted, with the petition in the database (the platform's attachment service:
	 * documents, images and recordings up to its size limit; audited as {@code attachment.store}).
	 */
	Attachment addAttachment(String number, Path file, Principal actor);

	List<Attachment> attachments(String number, Principal viewer);

	/** Decrypts an attachment into the target file; audited as {@code attachment.open} with the reason. */
	void exportAttachment(String number, long attachmentId, Path target, String reason, Principal actor);

	/**
	 * Clears one staff member named in a petition concluded unfounded or false (不实信访举报澄清); the clearance goes
	 * into their integrity archive.
	 */
	Clearance clear(String number, String staffNo, String statement, LocalDate on, Principal actor);

	/** Clearances of the petitions the viewer may see. */
	List<Clearance> clearances(String number, Principal viewer);

	/**
	 * The text of the clearance notice (不实信访举报澄清通知书), with its number once it was issued, for the cleared
	 * staff member and whoever may see the petition. It never names the reporter.
	 */
	String clearanceNotice(long clearanceId, Principal viewer);

	/**
	 * The clearance notice as an official document. The first call takes its number from the platform's numbering
	 * service (kind {@link Clearance#NOTICE_KIND}, in the year of the clearance) and keeps it, which only the
	 * petition's handlers and the office director may do (audited as {@code petition.clearance.notice}); later calls,
	 * also by the cleared staff member, get the same number.
	 *
	 * @throws ducha.core.DuchaException when the numbering service is not installed
	 * @throws ducha.core.security.AccessDeniedException when the notice has no number yet and the caller may not
	 *                                                   issue it
	 */
	OfficialDocument issueClearanceNotice(long clearanceId, Principal actor);

	/**
	 * Writes the (issued) clearance notice as DOCX or PDF through the platform's document service; the stream stays
	 * open.
	 *
	 * @throws ducha.core.DuchaException when the document service is not installed
	 */
	void writeClearanceNotice(long clearanceId, DocumentFormat format, OutputStream out, Principal actor)
			throws IOException;

	/** Days allowed per channel, as configured in {@code petitions.properties} of the data folder. */
	int deadlineDays(Channel channel);
}
