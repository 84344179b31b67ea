package ducha.integrity.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.DocumentService;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.IntegrityReportService;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.archive.ArchiveAccess;

/**
 * Composes the 廉情报告 from the archive and writes it through the platform's document service. The document and
 * numbering services are optional: without them the report is still available as plain text.
 */
@Component
public class DefaultIntegrityReportService implements IntegrityReportService {

	private static final int MAX_PEOPLE = 200;

	@Reference
	private IntegrityArchive archive;

	@Reference
	private ArchiveAccess access;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile DocumentService documents;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile NumberingService numbering;

	@Override
	public OfficialDocument draft(List<String> staffNos, Period period, Principal actor) {
		return compose(staffNos, period, actor, "");
	}

	@Override
	public boolean mayIssue(Principal actor) {
		return access.readsOthers(actor);
	}

	@Override
	public OfficialDocument issue(List<String> staffNos, Period period, Principal actor) {
		if (!mayIssue(actor)) {
			throw new AccessDeniedException(NLS.bind(Messages.reportNotPermitted,
					actor == null ? Messages.notLoggedIn : actor.username()));
		}
		NumberingService numbers = numbering;
		if (numbers == null) {
			throw new DuchaException(Messages.numbersUnavailable);
		}
		// read (and check access to) every archive before a number is taken, so a refusal uses up none
		OfficialDocument draft = draft(staffNos, period, actor);
		DocumentNumber number = numbers.issue(NUMBER_KIND, LocalDate.now().getYear(), draft.title(), actor);
		OfficialDocument issued = new OfficialDocument(draft.title(), number.label(), draft.date(), draft.paragraphs(),
				draft.office());
		// the number is taken (and audited) by the numbering service in its own transaction and the report is not
		// stored here: what is left to record is a document written, which changes nothing in this unit
		audit.record(actor, "integrity.report.issue", "document", NUMBER_KIND + "/" + number.year() + "/"
				+ number.number(), NLS.bind(Messages.auditReportIssued, draft.title(), period.from(), period.to()));
		return issued;
	}

	@Override
	public void write(OfficialDocument report, DocumentFormat format, OutputStream out) throws IOException {
		DocumentService service = documents;
		if (service == null) {
			throw new DuchaException(NLS.bind(Messages.documentsUnavailable, format));
		}
		service.write(report, format, out);
	}

	@Override
	public boolean documentsAvailable() {
		return documents != null && numbering != null;
	}

	private OfficialDocument compose(List<String> staffNos, Period period, Principal actor, String number) {
		Set<String> people = new LinkedHashSet<>();
		staffNos.stream().map(String::strip).filter(no -> !no.isEmpty()).forEach(people::add);
		if (people.isEmpty()) {
			throw new ValidationException(Messages.reportNoStaff);
		}
		if (people.size() > MAX_PEOPLE) {
			throw new ValidationException(NLS.bind(Messages.reportTooMany, MAX_PEOPLE, people.size()));
		}
		List<String> unknown = people.stream().filter(no -> directory.staff(no).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw new ValidationException(NLS.bind(Messages.reportUnknownStaff, String.join("、", unknown)));
		}
		List<ArchiveView> archives = people.stream().map(no -> archive.read(no, ArchiveFilter.of(period), actor))
				.toList();
		return IntegrityReportComposer.compose(archives, period, LocalDate.now(), number,
				directory.departmentNames()::name);
	}
}
