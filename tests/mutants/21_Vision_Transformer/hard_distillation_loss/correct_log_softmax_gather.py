# log_softmax와 gather로 교차 엔트로피를 직접 계산한다; 교사는 detach 뒤 max의 인덱스로
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    y_t = teacher_logits.detach().max(dim=-1).indices
    ce_cls = -F.log_softmax(student_cls_logits, dim=-1).gather(1, labels[:, None]).mean()
    ce_dist = -F.log_softmax(student_dist_logits, dim=-1).gather(1, y_t[:, None]).mean()
    return (1 - alpha) * ce_cls + alpha * ce_dist
