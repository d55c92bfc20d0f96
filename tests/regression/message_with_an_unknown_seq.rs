//! An order line whose `seq` is itself invalid, and which cancelled more
//! units than it holds, read "Order line seq ? has cancelled more than it
//! holds.": params were untyped, and a template's absent `{seq}` printed
//! "?". Params are now typed per code (`seq` is optional for
//! ORDER_LINE_INCONSISTENT), and each template has a form without it.

use crate::common::{has_issue, NfcHost};
use serde_json::{json, Value as Json};

#[test]
fn no_question_mark_stands_in_for_the_seq() {
    let order = json!({
        "orderNo": "O", "paymentStatus": "CAPTURED",
        "items": [{ "seq": -1, "itemType": "PHYSICAL", "itemId": "P", "quantity": 1,
                    "unitAmount": 1000, "canceledQuantity": 2 }]
    });
    for locale in ["en", "ko"] {
        let options = json!({ "locale": locale }).to_string();
        let out = ebp_cancel::api::summarize_order(&order.to_string(), &options, &NfcHost);
        let out: Json = serde_json::from_str(&out).unwrap();
        let at = "order.items[0].canceledQuantity";
        assert!(
            has_issue(&out, "errors", "ORDER_LINE_INCONSISTENT", at),
            "{out}"
        );
        let issue = out["errors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["code"] == "ORDER_LINE_INCONSISTENT")
            .unwrap();
        let message = issue["message"].as_str().unwrap();
        assert!(!message.contains('?'), "{message}");
        assert!(issue["params"].get("seq").is_none(), "{issue}");
        assert_eq!(issue["params"]["value"], 2);
        assert_eq!(issue["params"]["max"], 1);
    }
}
