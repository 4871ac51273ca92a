import BylineUI
import CNcursesw

/// Maps `wget_wch` results to ``Key`` values.
///
/// ```swift
/// KeyDecoder.decode(status: OK, value: 0x6A)                 // .key(.character("j"))
/// KeyDecoder.decode(status: KEY_CODE_YES, value: KEY_NPAGE)  // .key(.pageDown)
/// ```
enum KeyDecoder {
    static func decode(status: Int32, value: UInt32) -> Key? {
        if status == KEY_CODE_YES { return decodeKeyCode(Int32(bitPattern: value)) }
        switch value {
        case 0x1B: return .escape
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00, 0x1C...0x1F: return nil
        default:
            guard let s = Unicode.Scalar(value) else { return nil }
            return .character(Character(s))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        default:
            let f0 = nc_key_f0()
            if code > f0 && code <= f0 + 12 { return .function(Int(code - f0)) }
            return nil
        }
    }
}
