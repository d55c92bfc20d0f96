//! `data.items` longer than the packer copies (`?huge:N`) read as a wrong
//! type (`WRONG_TYPE`, "an array, not too large value"): the response
//! reader had its own list rule, which knew only copied arrays. Every list
//! now goes through `input::list::bounded`, so it is `TOO_MANY_ITEMS` with
//! the count, as for request items.

use crate::common::has_issue;
use serde_json::Value as Json;

#[test]
fn an_uncopied_data_items_is_too_many_items() {
    let response = r#"{"resultCode":"0","message":"SUCCESS","data":{"orderNo":"O","totalProductAmount":1,"totalProductTaxAmount":0,"totalDeliveryAmount":0,"totalDeliveryTaxAmount":0,"processedCount":1,"returnRequestId":"R","items":?huge:20000}}"#;
    let out: Json =
        serde_json::from_str(&ebp_cancel::api::parse_cancel_response(response, "")).unwrap();
    assert!(
        has_issue(&out, "errors", "TOO_MANY_ITEMS", "data.items"),
        "{out}"
    );
    assert!(
        !has_issue(&out, "errors", "WRONG_TYPE", "data.items"),
        "{out}"
    );
    let issue = &out["errors"][0];
    assert_eq!(issue["params"]["count"], 20000);
    assert_eq!(issue["params"]["max"], 10000);
}
