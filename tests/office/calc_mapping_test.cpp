// The column mapping in a real LibreOffice: the dialog as built from its .xdl
// with its English strings, vnd.customerfocus:ColumnMapping's headless load
// and save, the mapping stored in the document and used by the next build
// (also after saving and reloading), the refusal of bad mapping JSON, and the
// Calc panel that shows the detected table and follows the selection.
#include "office_environment.h"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <rtl/uri.hxx>

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace cf::test {
namespace {

css::beans::PropertyValue text(const char* name, const std::string& value) {
  return property(name, Any(rtl::OUString::fromUtf8(value.c_str())));
}

ScopedDocument loadSmallCsv() {
  return ScopedDocument(
      office().loadDocument(cli::Office::fileUrl(CF_TEST_DATA_DIR "/calc-small-feedback.csv"),
                            {text("FilterName", "Text - txt - csv (StarCalc)"),
                             text("FilterOptions", "44,34,76,1,,0,false,true,true")}));
}

std::vector<std::string> sheetNames(const ScopedDocument& doc) {
  std::vector<std::string> out;
  Reference<css::container::XIndexAccess> sheets(
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
    out.push_back(toUtf8(
        Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName()));
  return out;
}

Reference<css::sheet::XSpreadsheet> sheet(const ScopedDocument& doc, const std::string& name) {
  return Reference<css::sheet::XSpreadsheet>(
      doc.as<css::sheet::XSpreadsheetDocument>()->getSheets()->getByName(
          rtl::OUString::fromUtf8(name.c_str())),
      UNO_QUERY_THROW);
}

std::string cellText(const Reference<css::sheet::XSpreadsheet>& s, sal_Int32 col, sal_Int32 row) {
  return toUtf8(Reference<css::text::XTextRange>(s->getCellByPosition(col, row), UNO_QUERY_THROW)
                    ->getString());
}

// The stored mapping JSON, or "" when the document has none.
std::string storedMapping(const ScopedDocument& doc) {
  Reference<css::beans::XPropertySet> props(doc.as<css::document::XDocumentPropertiesSupplier>()
                                                ->getDocumentProperties()
                                                ->getUserDefinedProperties(),
                                            UNO_QUERY_THROW);
  if (!props->getPropertySetInfo()->hasPropertyByName("CustomerFocusMapping")) return {};
  rtl::OUString value;
  props->getPropertyValue("CustomerFocusMapping") >>= value;
  return toUtf8(value);
}

std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeFile(const std::filesystem::path& p, const std::string& content) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << content;
}

// The peer's text: the model keeps the untranslated "&1.ColumnMapping…" key.
std::string peerLabel(const Reference<css::awt::XControlContainer>& controls, const char* name) {
  Reference<css::awt::XControl> control(controls->getControl(rtl::OUString::createFromAscii(name)),
                                        UNO_QUERY_THROW);
  return toUtf8(Reference<css::awt::XFixedText>(control->getPeer(), UNO_QUERY_THROW)->getText());
}

std::string peerName(const Reference<css::awt::XControlContainer>& controls, const char* name) {
  Reference<css::awt::XControl> control(controls->getControl(rtl::OUString::createFromAscii(name)),
                                        UNO_QUERY_THROW);
  Reference<css::accessibility::XAccessible> accessible(control->getPeer(), UNO_QUERY_THROW);
  return toUtf8(accessible->getAccessibleContext()->getAccessibleName());
}

std::vector<std::string> peerItems(const Reference<css::awt::XControlContainer>& controls,
                                   const char* name) {
  Reference<css::awt::XControl> control(controls->getControl(rtl::OUString::createFromAscii(name)),
                                        UNO_QUERY_THROW);
  std::vector<std::string> out;
  for (const rtl::OUString& item :
       Reference<css::awt::XListBox>(control->getPeer(), UNO_QUERY_THROW)->getItems())
    out.push_back(toUtf8(item));
  return out;
}

// The installed dialog, as the extension finds it (see src/uno/package.cpp).
rtl::OUString dialogUrl(const char* name) {
  const Reference<css::uno::XComponentContext>& context = office().context();
  rtl::OUString url = css::deployment::PackageInformationProvider::get(context)->getPackageLocation(
      "org.customerfocus.extension");
  rtl::OUString macro;
  if (url.startsWithIgnoreAsciiCase("vnd.sun.star.expand:", &macro))
    url = css::util::theMacroExpander::get(context)->expandMacros(
        rtl::Uri::decode(macro, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
  return url + "/dialogs/" + rtl::OUString::createFromAscii(name) + ".xdl";
}

TEST(ColumnMappingDialog, BuildsFromTheXdlWithItsEnglishStrings) {
  Reference<css::awt::XDialogProvider2> provider =
      css::awt::DialogProvider2::create(office().context());
  Reference<css::awt::XDialog> dialog = provider->createDialog(dialogUrl("ColumnMapping"));
  ASSERT_TRUE(dialog.is());
  Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
  for (const char* name :
       {"DoubtsLabel", "ColumnList", "KindList", "AttributeField", "ScaleMinField", "ScaleMaxField",
        "LabelsField", "GroupList", "RoleList", "PrimaryList", "NotApplicableField", "LoadButton", "SaveButton",
        "OkButton", "CancelButton"})
    EXPECT_TRUE(controls->getControl(rtl::OUString::createFromAscii(name)).is()) << name;
  Reference<css::awt::XControl> self(dialog, UNO_QUERY_THROW);
  EXPECT_EQ(toUtf8(Reference<css::awt::XDialog>(self->getPeer(), UNO_QUERY_THROW)->getTitle()),
            "Column mapping");
  EXPECT_EQ(peerLabel(controls, "KindLabel"), "This column holds:");
  EXPECT_EQ(peerLabel(controls, "AttributeLabel"), "Attribute (what is rated):");
  EXPECT_EQ(peerLabel(controls, "LabelsLabel"), "Answers in words (label = number, or = n/a):");
  EXPECT_EQ(
      peerItems(controls, "KindList"),
      (std::vector<std::string>{"Nothing to analyse (ignore)", "Respondent id", "Customer group",
                                "Role (primary or supporting)", "Importance of an attribute",
                                "Satisfaction with an attribute", "Overall satisfaction (outcome)",
                                "Likelihood to recommend (NPS)", "Kano question: attribute present",
                                "Kano question: attribute absent", "Comment (free text)",
                                "Survey wave (round, year, term)"}));
  EXPECT_EQ(peerItems(controls, "RoleList"),
            (std::vector<std::string>{"Primary customer", "Supporting customer",
                                      "From the Role column or Customers sheet"}));
  EXPECT_EQ(peerName(controls, "LoadButton"), "Load mapping…");
  EXPECT_EQ(peerName(controls, "SaveButton"), "Save mapping…");
  Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
}

TEST(ColumnMapping, StoredMappingIsUsedByTheNextBuildAndSurvivesSaving) {
  ScopedDocument doc = loadSmallCsv();
  ASSERT_TRUE(storedMapping(doc).empty());
  // Save what was detected, swap the roles the Role column gives, load it.
  const auto detected = artifactDir() / "calc-mapping-detected.json";
  const auto swapped = artifactDir() / "calc-mapping-swapped.json";
  std::filesystem::remove(detected);
  const cli::DispatchResult saved = office().dispatch(doc.get(), "vnd.customerfocus:ColumnMapping",
                                                      {text("Save", detected.string())});
  ASSERT_TRUE(saved.finished && saved.success) << saved.message;
  EXPECT_EQ(saved.message, "Saved the mapping to " + detected.string() + ".");
  EXPECT_TRUE(storedMapping(doc).empty()) << "saving to a file stores nothing in the document";
  nlohmann::json mapping = nlohmann::json::parse(readFile(detected));
  EXPECT_EQ(mapping.at("columns").size(), 13u);
  mapping["groupRoles"] = {{"Volunteers", "primary"}, {"Families", "supporting"}};
  writeFile(swapped, mapping.dump(2));

  const cli::DispatchResult loaded = office().dispatch(doc.get(), "vnd.customerfocus:ColumnMapping",
                                                       {text("MappingFile", swapped.string())});
  ASSERT_TRUE(loaded.finished && loaded.success) << loaded.message;
  EXPECT_EQ(loaded.message.rfind("Stored the mapping for ", 0), 0u) << loaded.message;
  EXPECT_EQ(nlohmann::json::parse(storedMapping(doc)).at("groupRoles"),
            nlohmann::json({{"Families", "supporting"}, {"Volunteers", "primary"}}));
  EXPECT_TRUE(doc.as<css::util::XModifiable>()->isModified());

  // No MappingFile: the stored mapping decides who is primary.
  const cli::DispatchResult built =
      office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(built.finished && built.success) << built.message;
  EXPECT_EQ(built.message.find("unsure"), std::string::npos) << built.message;
  Reference<css::sheet::XSpreadsheet> pvs = sheet(doc, "Primary vs Supporting");
  sal_Int32 speed = -1;
  for (sal_Int32 r = 0; r < 60 && speed < 0; ++r)
    if (cellText(pvs, 0, r) == "Speed") speed = r;
  ASSERT_GE(speed, 0) << "no Speed row on Primary vs Supporting";
  EXPECT_EQ(cellText(pvs, 1, speed), "Volunteers");
  EXPECT_TRUE(cellText(pvs, 2, speed) == "Families" || cellText(pvs, 2, speed) == "Funders")
      << cellText(pvs, 2, speed);

  // Saved as .ods and opened again, the document still has its mapping.
  const auto ods = artifactDir() / "calc-mapping-stored.ods";
  std::filesystem::remove(ods);
  Sequence<css::beans::PropertyValue> filter(1);
  filter.getArray()[0] = text("FilterName", "calc8");
  doc.as<css::frame::XStorable>()->storeToURL(
      rtl::OUString::fromUtf8(cli::Office::fileUrl(ods.string()).c_str()), filter);
  ScopedDocument again(cli::Office::fileUrl(ods.string()));
  const cli::DispatchResult current =
      office().dispatch(again.get(), "vnd.customerfocus:ColumnMapping");
  ASSERT_TRUE(current.finished && current.success) << current.message;
  EXPECT_EQ(nlohmann::json::parse(current.message).at("groupRoles").at("Volunteers"), "primary");
}

TEST(ColumnMapping, BadMappingJsonIsRefusedClearlyAndChangesNothing) {
  ScopedDocument doc = loadSmallCsv();
  const std::vector<std::string> before = sheetNames(doc);
  const auto broken = artifactDir() / "calc-mapping-broken.json";
  writeFile(broken, "{\"schemaVersion\": 1, \"columns\": [");
  cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:ColumnMapping",
                                            {text("MappingFile", broken.string())});
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message.rfind("The mapping file cannot be used: ", 0), 0u) << r.message;
  EXPECT_NE(r.message.find("byte"), std::string::npos) << r.message;

  writeFile(broken, R"({"schemaVersion": 1, "columns": [{"header": "Group", "kind": "banana"}]})");
  r = office().dispatch(doc.get(), "vnd.customerfocus:ColumnMapping",
                        {text("MappingFile", broken.string())});
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_NE(r.message.find("columns[0].kind"), std::string::npos) << r.message;

  // A mapping for another table is refused too.
  writeFile(broken,
            R"({"schemaVersion": 1, "columns": [{"header": "Shoe size", "kind": "group"}]})");
  r = office().dispatch(doc.get(), "vnd.customerfocus:ColumnMapping",
                        {text("MappingFile", broken.string())});
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message.rfind("The mapping does not fit this table: ", 0), 0u) << r.message;

  EXPECT_TRUE(storedMapping(doc).empty());
  EXPECT_FALSE(doc.as<css::util::XModifiable>()->isModified());
  EXPECT_EQ(sheetNames(doc), before);
  EXPECT_TRUE(office().alive());
}

TEST(ColumnMapping, DamagedStoredMappingStopsTheBuildWithAClearMessage) {
  ScopedDocument doc = loadSmallCsv();
  const std::vector<std::string> before = sheetNames(doc);
  doc.as<css::document::XDocumentPropertiesSupplier>()
      ->getDocumentProperties()
      ->getUserDefinedProperties()
      ->addProperty("CustomerFocusMapping", css::beans::PropertyAttribute::REMOVABLE,
                    Any(rtl::OUString("{\"schemaVersion\": 1, \"columns\": 7}")));
  const cli::DispatchResult r = office().dispatch(doc.get(), "vnd.customerfocus:BuildValueMatrix");
  ASSERT_TRUE(r.finished);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.message.rfind("The column mapping stored in this document (document property "
                            "CustomerFocusMapping) is damaged: ",
                            0),
            0u)
      << r.message;
  EXPECT_NE(r.message.find("(columns)"), std::string::npos) << r.message;
  EXPECT_EQ(sheetNames(doc), before);
}

Sequence<Any> row(std::initializer_list<Any> cells) {
  std::vector<Any> v(cells);
  return Sequence<Any>(v.data(), static_cast<sal_Int32>(v.size()));
}

class CalcPanelFromFactory : public ::testing::Test {
 protected:
  void SetUp() override {
    element_ = createPanel(doc_.get(), "Calc");
    controls_ = panelControls(element_);
  }
  void TearDown() override {
    Reference<css::lang::XComponent> c(element_, UNO_QUERY);
    if (c.is()) c->dispose();
  }

  // The panel's text once it holds `part`, or what it holds after 5 s.
  std::string detectedWhenItShows(const std::string& part) {
    std::string seen;
    for (int i = 0; i < 100; ++i) {
      seen = peerLabel(controls_, "DetectedLabel");
      if (seen.find(part) != std::string::npos) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return seen;
  }

  ScopedDocument doc_ = loadSmallCsv();
  Reference<css::ui::XUIElement> element_;
  Reference<css::awt::XControlContainer> controls_;
};

TEST_F(CalcPanelFromFactory, ShowsTheDetectedTableAndFollowsTheSelection) {
  EXPECT_EQ(peerName(controls_, "MappingButton"), "Column mapping…");
  const std::string first = peerLabel(controls_, "DetectedLabel");
  EXPECT_NE(first.find("Respondents: 17"), std::string::npos) << first;
  EXPECT_NE(first.find("Families (primary, 8)"), std::string::npos) << first;
  EXPECT_NE(first.find("Volunteers (supporting, 6)"), std::string::npos) << first;
  EXPECT_NE(first.find("Attributes (4): Speed; Price; Friendliness; Wifi (Kano)"),
            std::string::npos)
      << first;

  // Another table on another sheet; selecting it moves the panel there.
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet =
      doc_.as<css::sheet::XSpreadsheetDocument>();
  spreadsheet->getSheets()->insertNewByName("Members", 1);
  std::vector<Sequence<Any>> rows = {
      row({Any(rtl::OUString("Group")), Any(rtl::OUString("Satisfaction: Parking"))})};
  for (int i = 0; i < 7; ++i)
    rows.push_back(row({Any(rtl::OUString::createFromAscii(i < 4 ? "Members" : "Staff")),
                        Any(double(1 + i % 5))}));
  Reference<css::table::XCellRange> range =
      sheet(doc_, "Members")->getCellRangeByPosition(0, 0, 1, 7);
  Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)
      ->setDataArray(Sequence<Sequence<Any>>(rows.data(), static_cast<sal_Int32>(rows.size())));
  Reference<css::view::XSelectionSupplier> selection(
      doc_.as<css::frame::XModel>()->getCurrentController(), UNO_QUERY_THROW);
  ASSERT_TRUE(selection->select(Any(range)));
  const std::string moved = detectedWhenItShows("Members (");
  EXPECT_NE(moved.find("Table: Members.A1:B8"), std::string::npos) << moved;
  EXPECT_NE(moved.find("Respondents: 7"), std::string::npos) << moved;
  EXPECT_NE(moved.find("Members (unknown, 4)"), std::string::npos) << moved;
  EXPECT_NE(moved.find("Staff (unknown, 3)"), std::string::npos) << moved;
  EXPECT_NE(moved.find("Attributes (1): Parking"), std::string::npos) << moved;
}

// A long table: the panel follows the selection at once, telling how many
// rows there are and that what it shows comes from the first 2000.
TEST_F(CalcPanelFromFactory, DescribesALongTableFromItsFirstRows) {
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet =
      doc_.as<css::sheet::XSpreadsheetDocument>();
  spreadsheet->getSheets()->insertNewByName("Survey", 1);
  std::vector<Sequence<Any>> rows = {
      row({Any(rtl::OUString("Group")), Any(rtl::OUString("Satisfaction: Parking"))})};
  for (int i = 0; i < 2500; ++i)
    rows.push_back(row({Any(rtl::OUString::createFromAscii(i < 2200 ? "Members" : "Staff")),
                        Any(double(1 + i % 5))}));
  Reference<css::table::XCellRange> range =
      sheet(doc_, "Survey")->getCellRangeByPosition(0, 0, 1, 2500);
  Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)
      ->setDataArray(Sequence<Sequence<Any>>(rows.data(), static_cast<sal_Int32>(rows.size())));
  Reference<css::view::XSelectionSupplier> selection(
      doc_.as<css::frame::XModel>()->getCurrentController(), UNO_QUERY_THROW);
  ASSERT_TRUE(selection->select(Any(range)));
  const std::string shown = detectedWhenItShows("Survey.");
  EXPECT_NE(shown.find("Table: Survey.A1:B2501"), std::string::npos) << shown;
  EXPECT_NE(
      shown.find("Respondents: 2500 rows (counts below: the first 2000; the build reads all)"),
      std::string::npos)
      << shown;
  // The count of the rows read would pass for the count of respondents.
  EXPECT_EQ(shown.find("Respondents: 2000"), std::string::npos) << shown;
  // Staff start at row 2202: past the rows the panel reads.
  EXPECT_NE(shown.find("Groups: Members (unknown, 2000)"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("Staff"), std::string::npos) << shown;
}

}  // namespace
}  // namespace cf::test
