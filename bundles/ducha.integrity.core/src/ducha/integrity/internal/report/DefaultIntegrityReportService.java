package ducha.integrity.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import ducha.core.security.Principal;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.IntegrityReportService;

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
	public OfficialDocument issue(List<String> staffNos, Period period, Principal actor) {
		NumberingService numbers = numbering;
		if (numbers == null) {
			throw new DuchaException("文号服务未安装（平台的报表与公文组件），无法出具编号的廉情报告；可先输出纯文本");
		}
		// read (and check access to) every archive before a number is taken, so a refusal uses up none
		OfficialDocument draft = draft(staffNos, period, actor);
		DocumentNumber number = numbers.issue(NUMBER_KIND, LocalDate.now().getYear(), draft.title(), actor);
		OfficialDocument issued = new OfficialDocument(draft.title(), number.label(), draft.date(), draft.paragraphs(),
				draft.office());
		audit.record(actor, "integrity.report.issue", "document", NUMBER_KIND + "/" + number.year() + "/"
				+ number.number(), draft.title() + "，" + period.from() + "至" + period.to());
		return issued;
	}

	@Override
	public void write(OfficialDocument report, DocumentFormat format, OutputStream out) throws IOException {
		DocumentService service = documents;
		if (service == null) {
			throw new DuchaException("文档服务未安装（平台的报表与公文组件），无法生成 " + format + "；可先输出纯文本");
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
			throw new ValidationException("请至少指定一名干警的工号");
		}
		if (people.size() > MAX_PEOPLE) {
			throw new ValidationException("一份廉情报告最多 " + MAX_PEOPLE + " 人，本次 " + people.size() + " 人");
		}
		List<String> unknown = people.stream().filter(no -> directory.staff(no).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw new ValidationException("干警名册中没有这些工号：" + String.join("、", unknown));
		}
		List<ArchiveView> archives = people.stream().map(no -> archive.read(no, ArchiveFilter.of(period), actor))
				.toList();
		return IntegrityReportComposer.compose(archives, period, LocalDate.now(), number,
				directory.departmentNames()::name);
	}
}
