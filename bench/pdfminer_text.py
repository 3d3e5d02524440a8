"""Extract the text of a PDF with pdfminer.six (for bench/pdf.sh)."""
import sys

from pdfminer.high_level import extract_text

extract_text(sys.argv[1])
