package ducha.petitions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;

import javax.crypto.SecretKey;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.attachments.AttachmentService;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditQuery;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.DocumentService;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.petitions.Attachment;
import ducha.petitions.Channel;
import ducha.petitions.Clearance;
import ducha.petitions.ConfidentialRead;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.HandlerNote;
import ducha.petitions.IllegalTransitionException;
import ducha.petitions.Intake;
import ducha.petitions.Petition;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionState;
import ducha.petitions.Reporter;
import ducha.petitions.internal.jpa.ClearanceEntity;
import ducha.petitions.internal.jpa.NoteEntity;
import ducha.petitions.internal.jpa.PetitionEntity;

/** Petitions on the plugin's own unit; audit entries go to the platform's log right after each commit. */
@Component
public class DefaultPetitionService implements PetitionService {

	static final String OBJECT = "petition";
	private static final String READ_IDENTITY = "petition.reporter.read";
	private static final Set<String> READS = Set.of(READ_IDENTITY, "attachment.open");
	private static final Principal LOG_READER = Principal.system("petitions.reads");

	@Reference
	private PetitionsUnit unit;

	@Reference
	private UserService users;

	@Reference
	private ReporterSeal seal;

	@Reference
	private PetitionKeys keys;

	@Reference
	private AttachmentService attachments;

	// registered before this service, with the old files of the data folder moved into the database
	@Reference
	private LegacyAttachmentFiles legacyFilesMoved;

	// both live in ducha.reports.core: petitions work without them, only the clearance notice waits for them
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile NumberingService numbering;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile DocumentService documents;

	private PetitionAccess access() {
		return unit.access();
	}

	@Override
	public Petition register(Intake intake, Principal actor) {
		unit.authorization().check(actor, PetitionPermissions.HANDLE);
		PetitionRules.check(intake, unit.directory(), LocalDate.now());
		LocalDate deadline = intake.channel() == Channel.REFERRAL && intake.referralDeadline() != null
				? intake.referralDeadline()
				: intake.receivedOn().plusDays(deadlineDays(intake.channel()));
		Petition petition = Jpa.write(unit.emf(), em -> {
			PetitionEntity e = new PetitionEntity(Petitions.nextNumber(em, intake.receivedOn().getYear()),
					intake.channel(), intake.receivedOn(), intake.reporter().anonymous(), null,
					intake.summary().strip(), intake.category().strip(),
					intake.channel() == Channel.REFERRAL ? intake.referringBody().strip() : null, deadline,
					List.copyOf(new LinkedHashSet<>(intake.reportedStaff())), actor.username());
			em.persist(e);
			em.flush();
			// the number is part of the sealed identity's associated data: sealed once it is known
			// an anonymous petition without any holder yet has nothing to seal: its files use the key file
			if (intake.reporter().anonymous()) {
				keys.create(em, e, actor.username());
			} else {
				SecretKey key = keys.require(em, e, actor.username());
				e.setReporterSealed(seal.seal(intake.reporter(), e.number(), key));
			}
			em.flush(); // the sealed identity is an update of the new row: the record carries the version it made
			Petition done = e.toRecord();
			unit.audit().recordIn(em, actor, "petition.register", OBJECT, done.number(),
					NLS.bind(Messages.auditRegistered, intake.channel().label(),
							String.join("、", done.reportedStaff())));
			return done;
		});
		return petition;
	}

	@Override
	public List<Petition> list(Principal viewer) {
		PetitionAccess access = access();
		access.checkList(viewer);
		return Jpa.read(unit.emf(), em -> Petitions.all(em).stream().filter(p -> access.maySee(viewer, p))
				.map(PetitionEntity::toRecord).toList());
	}

	@Override
	public Petition get(String number, Principal viewer) {
		unit.authorization().check(viewer, PetitionPermissions.READ);
		return Jpa.read(unit.emf(), em -> visible(em, number, viewer).toRecord());
	}

	@Override
	public Petition assign(String number, long seenVersion, List<String> handlers, Principal actor) {
		unit.authorization().check(actor, PetitionPermissions.ASSIGN);
		if (handlers == null || handlers.isEmpty()) {
			throw new ValidationException(Messages.handlersMissing);
		}
		List<String> names = List.copyOf(new LinkedHashSet<>(handlers));
		List<String> granted = new ArrayList<>();
		Petition petition = Jpa.write(unit.emf(), em -> {
			PetitionEntity e = visible(em, number, actor);
			expect(e, seenVersion);
			if (e.state() == PetitionState.CLOSED) {
				throw new ValidationException(NLS.bind(Messages.closedNoHandlers, number));
			}
			names.forEach(name -> checkHandler(name, e));
			e.setHandlers(names);
			if (e.state() == PetitionState.REGISTERED) {
				e.setState(PetitionState.ASSIGNED);
			}
			granted.addAll(keys.handlersChanged(em, e, actor));
			Petition done = changed(em, e);
			unit.audit().recordIn(em, actor, "petition.assign", OBJECT, number,
					NLS.bind(Messages.auditAssigned, String.join("、", names)));
			return done;
		});
		keys.audit(actor, number, granted);
		return petition;
	}

	@Override
	public Petition transfer(String number, long seenVersion, String fromHandler, String toHandler, String reason,
			Principal actor) {
		String why = PetitionRules.required(Messages.fieldTransferReason, reason, PetitionRules.BODY_LENGTH);
		List<String> granted = new ArrayList<>();
		Petition petition = Jpa.write(unit.emf(), em -> {
			PetitionEntity e = visible(em, number, actor);
			boolean own = actor.username().equals(fromHandler) && access().mayWork(actor, e);
			if (!own && !unit.authorization().isPermitted(actor, PetitionPermissions.ASSIGN)) {
				throw new AccessDeniedException(NLS.bind(Messages.transferOwnOnly, actor.username()));
			}
			expect(e, seenVersion);
			if (!e.handlers().contains(fromHandler)) {
				throw new ValidationException(NLS.bind(Messages.notAHandler, fromHandler, number));
			}
			if (e.state() == PetitionState.CLOSED) {
				throw new ValidationException(NLS.bind(Messages.closedNoTransfer, number));
			}
			checkHandler(toHandler, e);
			List<String> now = new ArrayList<>(e.handlers());
			now.set(now.indexOf(fromHandler), toHandler);
			e.setHandlers(List.copyOf(new LinkedHashSet<>(now)));
			granted.addAll(keys.handlersChanged(em, e, actor));
			Petition done = changed(em, e);
			unit.audit().recordIn(em, actor, "petition.transfer", OBJECT, number,
					fromHandler + " → " + toHandler + "：" + why);
			return done;
		});
		keys.audit(actor, number, granted);
		return petition;
	}

	/** A handler is an enabled account that may handle petitions and is not among the staff reported. */
	private void checkHandler(String username, PetitionEntity petition) {
		UserAccount account = users.user(username).filter(UserAccount::enabled)
				.orElseThrow(() -> new ValidationException(NLS.bind(Messages.handlerNoAccount, username)));
		if (!unit.authorization().isPermitted(account.toPrincipal(), PetitionPermissions.HANDLE)) {
			throw new ValidationException(NLS.bind(Messages.handlerNoRight, username));
		}
		if (account.staffNo() != null && petition.reportedStaff().contains(account.staffNo())) {
			throw new ValidationException(NLS.bind(Messages.handlerReported, username));
		}
	}

	@Override
	public Petition startVerification(String number, long seenVersion, Principal actor) {
		return step(number, seenVersion, PetitionState.VERIFYING, actor, "petition.verify", Messages.auditVerify, e -> {
			e.setState(PetitionState.VERIFYING);
		});
	}

	@Override
	public Petition conclude(String number, long seenVersion, Conclusion conclusion, String text, LocalDate on,
			Principal actor) {
		if (conclusion == null || on == null) {
			throw new ValidationException(Messages.conclusionMissing);
		}
		String t = PetitionRules.required(Messages.fieldFindings, text, PetitionRules.TEXT_LENGTH);
		return step(number, seenVersion, PetitionState.CONCLUDED, actor, "petition.conclude", conclusion.label(), e -> {
			e.conclude(conclusion, t, on);
		});
	}

	@Override
	public Petition dispose(String number, long seenVersion, Disposition disposition, String text, LocalDate on,
			Principal actor) {
		if (disposition == null || on == null) {
			throw new ValidationException(Messages.dispositionMissing);
		}
		String t = text == null ? "" : text.strip();
		return step(number, seenVersion, PetitionState.DISPOSED, actor, "petition.dispose", disposition.label(), e -> {
			e.dispose(disposition, t, on);
		});
	}

	@Override
	public Petition close(String number, long seenVersion, LocalDate on, Principal actor) {
		if (on == null) {
			throw new ValidationException(Messages.closeDateMissing);
		}
		return step(number, seenVersion, PetitionState.CLOSED, actor, "petition.close", Messages.auditClosed, e -> {
			e.close(on);
		});
	}

	/** Refuses a change made from a view of the petition older than the stored one, naming who changed it. */
	private void expect(PetitionEntity e, long seenVersion) {
		Versions.expect(e.version(), seenVersion, unit.audit(), OBJECT, e.number(),
				NLS.bind(Messages.petitionLabel, e.number()));
	}

	/**
	 * The changed petition as the caller sees it next, with its new version: every change of a petition, also one
	 * of its handlers only, increases it (two overlapping changes are then refused at commit).
	 */
	private static Petition changed(EntityManager em, PetitionEntity e) {
		em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		em.flush();
		return e.toRecord();
	}

	/**
	 * One workflow step: visible, allowed for the actor, not changed since the caller saw it, allowed from the
	 * current state; then audited.
	 */
	private Petition step(String number, long seenVersion, PetitionState target, Principal actor, String action,
			String detail, Consumer<PetitionEntity> change) {
		Petition petition = Jpa.write(unit.emf(), em -> {
			PetitionEntity e = workable(em, number, actor);
			expect(e, seenVersion);
			if (!e.state().canMoveTo(target)) {
				throw new IllegalTransitionException(number, e.state(), target);
			}
			change.accept(e);
			Petition done = changed(em, e);
			unit.audit().recordIn(em, actor, action, OBJECT, number, detail);
			return done;
		});
		return petition;
	}

	@Override
	public Reporter revealReporter(String number, String reason, Principal actor) {
		unit.authorization().check(actor, PetitionPermissions.READ);
		Sealed sealed = Jpa.write(unit.emf(), em -> {
			PetitionEntity e = visible(em, number, actor);
			if (!access().mayWork(actor, e)) {
				unit.audit().record(actor, "petition.reporter.denied", OBJECT, number, Messages.auditReporterDenied);
				throw new AccessDeniedException(Messages.reporterProtected);
			}
			String why = PetitionRules.required(Messages.fieldReadReason, reason, PetitionRules.BODY_LENGTH);
			if (!e.anonymous() && e.reporterSealed() == null) {
				// imported from a ledger that said 受保护 without the identity: there is none to reveal (not 匿名)
				throw new ValidationException(NLS.bind(Messages.reporterNotImported, number));
			}
			if (!seal.enveloped(e.reporterSealed())) {
				return new Sealed(e.reporterSealed(), why, null);
			}
			return new Sealed(e.reporterSealed(), why, keys.open(em, e, actor));
		});
		if (sealed.opened() != null) {
			keys.audit(actor, number, sealed.opened().granted());
		}
		// written before the identity is handed out: no read goes unrecorded
		unit.audit().record(actor, READ_IDENTITY, OBJECT, number,
				seal.auditReason(sealed.why(), number, sealed.opened() == null ? null : sealed.opened().key()));
		return seal.open(sealed.identity(), number, sealed.opened() == null ? null : sealed.opened().key());
	}

	@Override
	public List<ConfidentialRead> confidentialReads(String number, Principal actor) {
		unit.authorization().check(actor, PetitionPermissions.READ);
		PetitionKeys.Opened opened = Jpa.write(unit.emf(), em -> {
			PetitionEntity e = access().workable(em, number, actor);
			return keys.enveloped(em, e) ? keys.open(em, e, actor) : null;
		});
		if (opened != null) {
			keys.audit(actor, number, opened.granted());
		}
		SecretKey key = opened == null ? null : opened.key();
		// the actor's right to the petition is checked above; the log itself is the office's, not the handler's
		List<AuditEntry> entries = unit.audit().find(new AuditQuery(null, null, OBJECT, number, null, null, 0),
				LOG_READER);
		return entries.stream().filter(e -> READS.contains(e.action())).map(e -> read(e, number, key)).toList();
	}

	private ConfidentialRead read(AuditEntry entry, String number, SecretKey key) {
		boolean identity = entry.action().equals(READ_IDENTITY);
		String what = identity ? Messages.readIdentity : NLS.bind(Messages.readAttachment, attachmentId(entry.detail()));
		String reason;
		try {
			reason = identity ? seal.openReason(entry.detail(), number, key).orElse(null)
					: seal.openAttachmentReason(entry.detail(), number, key).orElse(null);
		} catch (DuchaException e) {
			reason = Messages.reasonUnreadable;
		}
		return new ConfidentialRead(entry.at(), entry.actor(), what, reason);
	}

	/** The attachment's number in an {@code attachment.open} detail: its first number. */
	private static String attachmentId(String detail) {
		Matcher number = Pattern.compile("\\d+").matcher(detail == null ? "" : detail);
		return number.find() ? number.group() : "?";
	}

	/** A sealed identity with the petition's data key when it is sealed with one. */
	private record Sealed(String identity, String why, PetitionKeys.Opened opened) {
	}

	@Override
	public boolean mayRevealReporter(String number, Principal viewer) {
		return Jpa.read(unit.emf(), em -> {
			try {
				PetitionEntity e = Petitions.find(em, number);
				return access().maySee(viewer, e) && access().mayWork(viewer, e);
			} catch (NotFoundException e) {
				return false;
			}
		});
	}

	@Override
	public HandlerNote addNote(String number, String text, Principal actor) {
		String body = PetitionRules.required(Messages.fieldNote, text, PetitionRules.TEXT_LENGTH);
		HandlerNote note = Jpa.write(unit.emf(), em -> {
			NoteEntity n = new NoteEntity(workable(em, number, actor).id(), actor.username(), Instant.now(), body);
			em.persist(n);
			em.flush();
			HandlerNote done = n.toRecord();
			unit.audit().recordIn(em, actor, "petition.note", OBJECT, number, NLS.bind(Messages.auditNote, done.id()));
			return done;
		});
		return note;
	}

	@Override
	public List<HandlerNote> notes(String number, Principal viewer) {
		return Jpa.read(unit.emf(), em -> em
				.createQuery("select n from NoteEntity n where n.petitionId = :id order by n.writtenAt, n.id",
						NoteEntity.class)
				.setParameter("id", workable(em, number, viewer).id()).getResultList().stream()
				.map(NoteEntity::toRecord).toList());
	}

	@Override
	public Attachment addAttachment(String number, Path file, Principal actor) {
		try (InputStream in = Files.newInputStream(file)) {
			return PetitionAttachments.toAttachment(attachments.store(PetitionAttachments.OWNER, number,
					file.getFileName().toString(), in, actor));
		} catch (IOException e) {
			throw new ValidationException(NLS.bind(Messages.attachmentUnreadable, file, e.getMessage()));
		}
	}

	@Override
	public List<Attachment> attachments(String number, Principal viewer) {
		return attachments.list(PetitionAttachments.OWNER, number, viewer).stream()
				.map(PetitionAttachments::toAttachment).toList();
	}

	@Override
	public void exportAttachment(String number, long attachmentId, Path target, String reason, Principal actor) {
		String why = PetitionRules.required(Messages.fieldReadReason, reason, PetitionRules.BODY_LENGTH);
		try (OutputStream out = Files.newOutputStream(target)) {
			attachments.open(PetitionAttachments.OWNER, number, attachmentId, why, out, actor);
		} catch (IOException e) {
			deleteQuietly(target);
			throw new DuchaException(NLS.bind(Messages.attachmentNotWritten, target, e.getMessage()), e);
		} catch (RuntimeException e) {
			// refused or failed: no empty or partial copy is left behind
			deleteQuietly(target);
			throw e;
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			ILog.of(DefaultPetitionService.class).warn("Could not remove " + file, e);
		}
	}

	@Override
	public Clearance clear(String number, String staffNo, String statement, LocalDate on, Principal actor) {
		String text = PetitionRules.required(Messages.fieldClearance, statement, PetitionRules.TEXT_LENGTH);
		if (on == null) {
			throw new ValidationException(Messages.clearanceDateMissing);
		}
		Clearance clearance = Jpa.write(unit.emf(), em -> {
			PetitionEntity e = workable(em, number, actor);
			if (!e.state().concluded() || e.conclusion() == null || !e.conclusion().allowsClearance()) {
				throw new ValidationException(Messages.clearanceNotAllowed);
			}
			if (!e.reportedStaff().contains(staffNo)) {
				throw new ValidationException(NLS.bind(Messages.clearanceNotReported, staffNo, number));
			}
			long existing = em.createQuery(
					"select count(c) from ClearanceEntity c where c.petitionId = :id and c.staffNo = :no", Long.class)
					.setParameter("id", e.id()).setParameter("no", staffNo).getSingleResult();
			if (existing > 0) {
				throw new ValidationException(NLS.bind(Messages.clearanceTwice, staffNo, number));
			}
			ClearanceEntity c = new ClearanceEntity(e.id(), staffNo, on, text, actor.username());
			em.persist(c);
			em.flush();
			Clearance done = c.toRecord(number);
			unit.audit().recordIn(em, actor, "petition.clearance", OBJECT, number,
					NLS.bind(Messages.auditClearance, staffNo));
			return done;
		});
		return clearance;
	}

	@Override
	public List<Clearance> clearances(String number, Principal viewer) {
		unit.authorization().check(viewer, PetitionPermissions.READ);
		return Jpa.read(unit.emf(), em -> {
			PetitionEntity e = visible(em, number, viewer);
			return em.createQuery("select c from ClearanceEntity c where c.petitionId = :id order by c.id",
					ClearanceEntity.class).setParameter("id", e.id()).getResultList().stream()
					.map(c -> c.toRecord(e.number())).toList();
		});
	}

	@Override
	public String clearanceNotice(long clearanceId, Principal viewer) {
		return ClearanceNotice.text(noticeOf(readClearance(clearanceId, viewer)));
	}

	@Override
	public OfficialDocument issueClearanceNotice(long clearanceId, Principal actor) {
		ClearanceView view = readClearance(clearanceId, actor);
		if (view.clearance().noticeNumber() != null) {
			return noticeOf(view);
		}
		if (!view.mayIssue()) {
			throw new AccessDeniedException(NLS.bind(Messages.noticeNotIssued, view.petition().number()));
		}
		NumberingService numberingService = numbering;
		if (numberingService == null) {
			throw new DuchaException(Messages.noNumbering);
		}
		// the clearance's row is locked before the number is taken, in the transaction that stores it: of two
		// desktops issuing the same notice at once, the second finds the first's number and takes none
		Jpa.run(unit.emf(), em -> {
			ClearanceEntity c = em.find(ClearanceEntity.class, clearanceId, LockModeType.PESSIMISTIC_WRITE);
			if (c.hasNoticeNumber()) {
				return;
			}
			DocumentNumber number = numberingService.issueIn(em, Clearance.NOTICE_KIND,
					view.clearance().clearedOn().getYear(),
					ClearanceNotice.TITLE + "（" + view.clearance().staffNo() + "）", actor);
			c.setNoticeNumber(number);
			unit.audit().recordIn(em, actor, "petition.clearance.notice", OBJECT, view.petition().number(),
					NLS.bind(Messages.auditNotice, number.label(), view.clearance().staffNo()));
		});
		return noticeOf(readClearance(clearanceId, actor));
	}

	@Override
	public void writeClearanceNotice(long clearanceId, DocumentFormat format, OutputStream out, Principal actor)
			throws IOException {
		DocumentService documentService = documents;
		if (documentService == null) {
			throw new DuchaException(Messages.noDocuments);
		}
		documentService.write(issueClearanceNotice(clearanceId, actor), format, out);
	}

	/** A clearance with its petition, as the caller may see it. */
	private record ClearanceView(Clearance clearance, Petition petition, boolean mayIssue) {
	}

	/** The clearance for the cleared staff member and whoever may see the petition; not found for everyone else. */
	private ClearanceView readClearance(long clearanceId, Principal viewer) {
		return Jpa.read(unit.emf(), em -> {
			ClearanceEntity c = em.find(ClearanceEntity.class, clearanceId);
			if (c == null) {
				throw new NotFoundException(NLS.bind(Messages.clearanceNotFound, clearanceId));
			}
			PetitionEntity p = em.find(PetitionEntity.class, c.petitionId());
			Clearance clearance = c.toRecord(p.number());
			boolean own = clearance.staffNo().equals(viewer.staffNo());
			if (!own && !access().maySee(viewer, p)) {
				throw new NotFoundException(NLS.bind(Messages.clearanceNotFound, clearanceId));
			}
			return new ClearanceView(clearance, p.toRecord(), access().mayWork(viewer, p));
		});
	}

	private OfficialDocument noticeOf(ClearanceView view) {
		String number = view.clearance().noticeNumber();
		return ClearanceNotice.document(view.clearance(), view.petition(), unit.directory(), number == null ? "" : number);
	}

	@Override
	public int deadlineDays(Channel channel) {
		Map<Channel, Integer> days = DeadlineSettings.load();
		return days.get(channel);
	}

	private PetitionEntity visible(EntityManager em, String number, Principal viewer) {
		return access().visible(em, number, viewer);
	}

	private PetitionEntity workable(EntityManager em, String number, Principal actor) {
		return access().workable(em, number, actor);
	}
}
