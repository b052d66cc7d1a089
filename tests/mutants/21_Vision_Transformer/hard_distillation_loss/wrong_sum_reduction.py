# 배치 평균 대신 합을 쓴다
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    base = F.cross_entropy(student_cls_logits, labels, reduction="sum")
    distill = F.cross_entropy(student_dist_logits, teacher_logits.argmax(dim=1), reduction="sum")
    return (1 - alpha) * base + alpha * distill
