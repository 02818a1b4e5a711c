// Undo the last change to the journal (POST /api/undo), telling what was undone.
import {post} from "./api.js";
import {toast, toastError} from "./toast.js";

export async function undoLast() {
  try {
    const answer = await post("/api/undo");
    toast(`Undone: ${answer.undone}.`);
    return true;
  } catch (error) {
    if (error.status === 409) toast("There is nothing left to undo.");
    else toastError(error);
    return false;
  }
}
