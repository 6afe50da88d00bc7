"""PDF export of a project snapshot, drawn with reportlab (no Qt anywhere in this package)."""

from app.exporters.pdf.document import ExportCancelled, PdfOptions, export_pdf, paper_size

__all__ = ["ExportCancelled", "PdfOptions", "export_pdf", "paper_size"]
