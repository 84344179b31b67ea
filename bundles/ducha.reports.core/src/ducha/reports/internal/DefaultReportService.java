package ducha.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.period.Period;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.reports.AnnualReport;
import ducha.reports.ReportChapter;
import ducha.reports.ReportFormat;
import ducha.reports.ReportPermissions;
import ducha.reports.ReportService;
import ducha.reports.internal.layout.DocxRenderer;
import ducha.reports.internal.layout.OfficialLayout;
import ducha.reports.internal.layout.PdfRenderer;

/** Collects whichever {@link ReportSection}s are registered right now; plugins come and go at run time. */
@Component
public class DefaultReportService implements ReportService {

	private static final Comparator<ReportSection> REPORT_ORDER = Comparator.comparingInt(ReportSection::order)
			.thenComparing(ReportSection::section);

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<ReportSection> sections;

	@Reference
	private AuthorizationService authorization;

	@Override
	public AnnualReport compile(Period period, LocalDate issued, Principal reader) {
		authorization.check(reader, ReportPermissions.READ);
		List<ReportSection> installed = new ArrayList<>(sections == null ? List.of() : sections);
		installed.sort(REPORT_ORDER);
		List<ReportChapter> chapters = new ArrayList<>();
		for (ReportSection section : installed) {
			String needed = section.readPermission();
			if (needed == null || authorization.isPermitted(reader, needed)) {
				chapters.add(chapter(section, period));
			}
		}
		return new AnnualReport(period.label() + "督察工作总结", period, OFFICE, issued, chapters);
	}

	private static ReportChapter chapter(ReportSection section, Period period) {
		List<ReportFigure> figures;
		try {
			figures = section.figures(period);
		} catch (RuntimeException e) {
			// a report with a silently missing section would be wrong on paper: refuse and say whose it is
			throw new DuchaException(
					Language.format(Messages.Report_sectionFailed, section.title(), e.getMessage()), e);
		}
		return new ReportChapter(section.section(), section.title(), figures, SectionSummary.of(figures));
	}

	@Override
	public void write(AnnualReport report, ReportFormat format, OutputStream out) throws IOException {
		switch (format) {
		case CSV -> CsvReportWriter.write(report, out);
		case XLSX -> XlsxReportWriter.write(report, out);
		case DOCX -> DocxRenderer.render(report.title(), OfficialLayout.of(report), out);
		case PDF -> PdfRenderer.render(report.title(), OfficialLayout.of(report), out);
		}
	}
}
